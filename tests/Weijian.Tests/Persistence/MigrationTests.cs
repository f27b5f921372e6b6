using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.Tests.Persistence;

/// <summary>Each provider has its own migration set; a model change without a migration on either one fails here.</summary>
public class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteWeijianDb(
            new DbContextOptionsBuilder<SqliteWeijianDb>().UseSqlite("Data Source=:memory:").Options, new CurrentActor(), TimeProvider.System);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/migration-add <Name>");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresWeijianDb(
            new DbContextOptionsBuilder<PostgresWeijianDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options, new CurrentActor(), TimeProvider.System);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/migration-add <Name>");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = new SqliteWeijianDb(
            new DbContextOptionsBuilder<SqliteWeijianDb>().UseSqlite("Data Source=:memory:").Options, new CurrentActor(), TimeProvider.System);
        using var pg = new PostgresWeijianDb(
            new DbContextOptionsBuilder<PostgresWeijianDb>().UseNpgsql("Host=127.0.0.1;Database=unused").Options, new CurrentActor(), TimeProvider.System);
        static string Name(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];
        sqlite.Database.GetMigrations().Select(Name).ShouldBe(pg.Database.GetMigrations().Select(Name));
    }
}
