using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore.Schema;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// app.public_status was keyed by the token's SHA-256 as 64 hex characters (text); it is keyed by the 32 bytes now
/// (bytea): at 1,000,000 cases the key index shrinks from 129 to 60–75 MB and the table by 32 bytes a row.
/// The conversion runs where the table is created (the projection's EnsureSchemaAsync, at start-up before the app's
/// migrations) and as the app's migration 120 (so `mvw migrate` converts too); whichever comes first converts, the other
/// finds bytea and does nothing. A new database gets bytea from the start. The events keep the hex (published events
/// never change); the projection decodes it.
/// </summary>
public static class TokenHashAsBytes
{
    /// <summary>"{s}" is the app schema, quoted or not.</summary>
    internal const string Sql = """
        DO $$
        BEGIN
            IF EXISTS (SELECT FROM pg_attribute WHERE attrelid = to_regclass('{s}.public_status') AND attname = 'token_hash' AND atttypid = 'text'::regtype) THEN
                ALTER TABLE {s}.public_status ALTER COLUMN token_hash TYPE bytea USING decode(token_hash, 'hex');
                ALTER TABLE {s}.public_status ADD CONSTRAINT public_status_token_hash_check CHECK (length(token_hash) = 32);
            END IF;
        END $$;
        """;

    public static SqlMigration Migration { get; } = new(120, "public_status keyed by the token hash's 32 bytes instead of its hex text", Sql);

    /// <summary>The conversion as the projection runs it, on the unquoted schema name.</summary>
    internal static string ForSchema => Sql.Replace("{s}", AppSchema.Name, StringComparison.Ordinal);
}
