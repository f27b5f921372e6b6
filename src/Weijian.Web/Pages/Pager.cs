using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages;

/// <summary>What the shared <c>_Pager</c> partial needs: where the list lives, which page, and the filters to keep.</summary>
public sealed record Pager(string PagePath, int Page, int PageCount, int Total, int PageSize, IReadOnlyDictionary<string, string?> Query)
{
    public bool HasPrevious => Page > 1;

    /// <summary>The page before this one (the last page when asked beyond the end).</summary>
    public int Previous => Math.Min(Page - 1, PageCount);

    public bool HasNext => Page < PageCount;

    public static Pager From<T>(Paged<T> paged, string pagePath, int? requestedPageSize, params (string Key, string? Value)[] query)
    {
        ArgumentNullException.ThrowIfNull(paged);
        ArgumentNullException.ThrowIfNull(query);
        var values = query.ToDictionary(q => q.Key, q => q.Value);
        if (requestedPageSize is not null)
        {
            values["pageSize"] = paged.PageSize.ToString(CultureInfo.InvariantCulture);
        }

        return new Pager(pagePath, paged.Page, paged.PageCount, paged.Total, paged.PageSize, values);
    }

    /// <summary>
    /// The link to <paramref name="page"/> of the list at <paramref name="basePath"/>, keeping the non-empty filters. Built as a
    /// query string by hand: in Razor Pages the route value "page" is the page's own path, so route data cannot carry it.
    /// </summary>
    public string Href(string basePath, int page)
    {
        var values = Query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => (string?)q.Value);
        values["page"] = page.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(basePath, values);
    }
}
