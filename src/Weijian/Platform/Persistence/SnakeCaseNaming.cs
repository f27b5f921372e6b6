using Microsoft.EntityFrameworkCore;

namespace Weijian.Platform.Persistence;

/// <summary>snake_case tables and columns on both providers (ECOSYSTEM recipe B; EFCore.NamingConventions fails on EF 10).</summary>
internal static class SnakeCaseNaming
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var e in builder.Model.GetEntityTypes())
        {
            if (e.GetTableName() is { } table)
            {
                e.SetTableName(Snake(table.StartsWith("AspNet", StringComparison.Ordinal) ? "Identity" + table[6..] : table));
            }

            foreach (var p in e.GetProperties())
            {
                p.SetColumnName(Snake(p.GetColumnName()));
            }

            foreach (var k in e.GetKeys())
            {
                k.SetName(Snake(k.GetName()!));
            }

            foreach (var fk in e.GetForeignKeys())
            {
                fk.SetConstraintName(Snake(fk.GetConstraintName()!));
            }

            foreach (var ix in e.GetIndexes())
            {
                ix.SetDatabaseName(Snake(ix.GetDatabaseName()!));
            }
        }
    }

    public static string Snake(string s) => string.Concat(s.Select((c, i) =>
        i > 0 && char.IsUpper(c) && (char.IsLower(s[i - 1]) || (i + 1 < s.Length && char.IsLower(s[i + 1])))
            ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));
}
