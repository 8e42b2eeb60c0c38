using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Migrationsverwaltung.EmbeddedPostgres.Tests;

public sealed class StartingAndStopping
{
    [Test]
    public async Task When_started_Then_it_accepts_connections_on_loopback_only_with_our_settings()
    {
        await using var directory = new ClusterDirectory();
        await using var server = await EmbeddedPostgresServer.StartAsync(directory.Options());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ShowAsync(server, "listen_addresses"), Is.EqualTo("127.0.0.1"));
            Assert.That(await ShowAsync(server, "unix_socket_directories"), Is.Empty);
            Assert.That(await ShowAsync(server, "max_prepared_transactions"), Is.EqualTo("0"));
            Assert.That(await ShowAsync(server, "idle_in_transaction_session_timeout"), Is.EqualTo("1min"));
            Assert.That(await ShowAsync(server, "fsync"), Is.EqualTo("off"), "a throwaway cluster skips fsync");
            Assert.That(await ShowAsync(server, "password_encryption"), Is.EqualTo("scram-sha-256"));
            Assert.That(await ShowAsync(server, "max_wal_size"), Is.EqualTo(WalSettings.MaxWalSize), "pg_wal bounded for bulk loads");
            Assert.That(await ShowAsync(server, "wal_compression"), Is.EqualTo("lz4"), "this machine's server is built with lz4");
        }
    }

    [Test]
    public async Task Given_durable_options_with_a_port_and_extra_settings_When_started_Then_all_are_applied()
    {
        await using var directory = new ClusterDirectory();
        var port = FreePort();
        await using var server = await EmbeddedPostgresServer.StartAsync(directory.Options(durable: true) with
        {
            Port = port,
            IdleInTransactionTimeout = TimeSpan.FromSeconds(5),
            Settings = new Dictionary<string, string> { ["work_mem"] = "8MB", ["max_wal_size"] = "1GB", ["wal_compression"] = "off" },
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(server.Port, Is.EqualTo(port));
            Assert.That(await ShowAsync(server, "port"), Is.EqualTo(port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(await ShowAsync(server, "fsync"), Is.EqualTo("on"));
            Assert.That(await ShowAsync(server, "idle_in_transaction_session_timeout"), Is.EqualTo("5s"));
            Assert.That(await ShowAsync(server, "work_mem"), Is.EqualTo("8MB"));
            Assert.That(await ShowAsync(server, "max_wal_size"), Is.EqualTo("1GB"), "extra settings override ours");
            Assert.That(await ShowAsync(server, "wal_compression"), Is.EqualTo("off"));
        }
    }

    [Test]
    public async Task When_stopped_Then_connections_are_refused_and_no_server_is_left()
    {
        await using var directory = new ClusterDirectory();
        var server = await EmbeddedPostgresServer.StartAsync(directory.Options());

        await server.StopAsync();

        Assert.ThrowsAsync(Is.InstanceOf<NpgsqlException>(), () => ShowAsync(server, "port"));
        Assert.That(File.Exists(Path.Combine(directory.Data, "postmaster.pid")), Is.False);
    }

    [Test]
    public async Task Given_a_stopped_cluster_When_started_again_Then_data_and_password_survive()
    {
        await using var directory = new ClusterDirectory();
        await using (var first = await EmbeddedPostgresServer.StartAsync(directory.Options(durable: true)))
        {
            await ExecuteAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }

        await using var second = await EmbeddedPostgresServer.StartAsync(directory.Options(durable: true));

        Assert.That(await ScalarAsync(second, "SELECT id FROM kept"), Is.EqualTo(42));
    }

    [Test]
    public async Task Given_a_cluster_started_by_another_process_When_stopped_by_its_directory_Then_it_is_down()
    {
        await using var directory = new ClusterDirectory();
        var server = await EmbeddedPostgresServer.StartAsync(directory.Options());

        await EmbeddedPostgresServer.StopAsync(directory.Data);

        Assert.ThrowsAsync(Is.InstanceOf<NpgsqlException>(), () => ShowAsync(server, "port"));
    }

    [Test]
    public async Task Given_nothing_runs_in_a_directory_When_stopped_Then_it_succeeds()
    {
        await using var directory = new ClusterDirectory();

        Assert.DoesNotThrowAsync(() => EmbeddedPostgresServer.StopAsync(directory.Data));
    }

    [Test]
    public async Task Given_the_port_is_taken_When_starting_Then_the_error_quotes_the_server_log()
    {
        await using var directory = new ClusterDirectory();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();

        var error = Assert.ThrowsAsync<EmbeddedPostgresException>(() => EmbeddedPostgresServer.StartAsync(
            directory.Options() with { Port = ((IPEndPoint)occupant.LocalEndpoint).Port }));

        Assert.That(error.Message, Does.Contain("Address already in use"));
    }

    internal static async Task<string> ShowAsync(EmbeddedPostgresServer server, string setting) =>
        (string)(await ScalarAsync(server, $"SHOW {setting}"))!;

    private static async Task<object?> ScalarAsync(EmbeddedPostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static Task<object?> ExecuteAsync(EmbeddedPostgresServer server, string sql) => ScalarAsync(server, sql);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
