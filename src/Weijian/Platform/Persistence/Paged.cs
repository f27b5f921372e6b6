using Microsoft.EntityFrameworkCore;

namespace Weijian.Platform.Persistence;

/// <summary>One page of a list; every list screen and API pages (no unbounded lists).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public static class Paged
{
    public const int MaxPageSize = 200;

    public static async Task<Paged<T>> FromQueryAsync<T>(IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, total, number, size);
    }
}
