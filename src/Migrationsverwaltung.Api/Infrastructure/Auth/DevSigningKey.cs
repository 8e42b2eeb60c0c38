using Microsoft.Extensions.Options;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// The local HS256 key of Development (<c>Auth:DevKeyFile</c>, relative to the content root). Never enabled in
/// another environment, nor when an OIDC provider is configured. The file is created on first use, not at start,
/// so a test host that never sees a token writes nothing.
/// </summary>
internal sealed class DevSigningKey
{
    private readonly Lazy<byte[]>? _key;

    public DevSigningKey(IOptions<AuthSettings> settings, IHostEnvironment environment)
    {
        var auth = settings.Value;
        if (environment.IsDevelopment() && auth.DevKeyFile is { Length: > 0 } file && string.IsNullOrEmpty(auth.MetadataAddress))
        {
            var path = Path.GetFullPath(file, environment.ContentRootPath);
            _key = new Lazy<byte[]>(() => DevTokens.LoadOrCreateKey(path), LazyThreadSafetyMode.PublicationOnly);
        }
    }

    public bool IsEnabled => _key is not null;

    public byte[] Bytes => (_key ?? throw new InvalidOperationException("There is no development signing key outside Development.")).Value;
}
