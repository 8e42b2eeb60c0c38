namespace Migrationsverwaltung.EmbeddedPostgres.Tests;

public sealed class FindingBinaries
{
    [Test]
    public async Task Given_a_bin_directory_without_postgres_When_starting_Then_the_error_names_what_to_install()
    {
        await using var directory = new ClusterDirectory();
        var emptyBin = Directory.CreateDirectory(Path.Combine(directory.Root, "bin")).FullName;

        var error = Assert.ThrowsAsync<PostgresNotInstalledException>(() =>
            EmbeddedPostgresServer.StartAsync(directory.Options() with { BinDirectory = emptyBin }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain("apt-get install postgresql"));
            Assert.That(error.Message, Does.Contain(emptyBin));
            Assert.That(Directory.Exists(directory.Data), Is.False, "nothing is created before the binaries are found");
        }
    }

    [Test]
    public void When_searching_the_usual_places_Then_the_server_programs_are_found()
    {
        var bin = PostgresBinaries.Locate();

        Assert.That(File.Exists(Path.Combine(bin, "postgres")), Is.True);
    }
}
