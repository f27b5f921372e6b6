using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.Design;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web host.</summary>
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteWeijianDb>
{
    public SqliteWeijianDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWeijianDb>().UseSqlite("Data Source=design.db").Options, new CurrentActor(), TimeProvider.System);
}

public sealed class PostgresFactory : IDesignTimeDbContextFactory<PostgresWeijianDb>
{
    public PostgresWeijianDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWeijianDb>().UseNpgsql("Host=127.0.0.1;Database=design").Options, new CurrentActor(), TimeProvider.System);
}
