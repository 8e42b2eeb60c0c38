namespace Migrationsverwaltung.Api.Infrastructure;

public static class Urls
{
    public const int DefaultPort = 5080;

    /// <summary>
    /// Listens on http://127.0.0.1:{PORT} (default 5080): loopback, because in production a reverse proxy sits
    /// in front. An explicit ASPNETCORE_URLS, --urls or ASPNETCORE_HTTP_PORTS wins.
    /// </summary>
    public static WebApplicationBuilder UseLoopbackPortUnlessUrlsAreSet(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) &&
            string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey]))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{configuration.GetValue("PORT", DefaultPort)}");
        }
        return builder;
    }
}
