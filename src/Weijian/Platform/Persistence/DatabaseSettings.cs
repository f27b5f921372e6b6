namespace Weijian.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use. SQLite is the default (<c>{data}/weijian.db</c>); a PostgreSQL connection string
/// (<c>--db</c> or <c>WEIJIAN_DB</c>) selects PostgreSQL.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings Resolve(string dataDirectory, string? connectionString)
    {
        var data = Path.GetFullPath(dataDirectory);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, connectionString, data);
        }

        return new DatabaseSettings(DatabaseProvider.Sqlite, SqliteConnectionString(Path.Combine(data, "weijian.db")), data);
    }

    public static string SqliteConnectionString(string file) => $"Data Source={file};Foreign Keys=True;Default Timeout=30";

    /// <summary>For messages: the database without its password.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite（{ConnectionString.Split(';')[0].Replace("Data Source=", "", StringComparison.Ordinal)}）"
        : $"PostgreSQL（{string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))}）";
}
