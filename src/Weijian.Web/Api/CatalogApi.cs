namespace Weijian.Web.Api;

/// <summary>Registry endpoints (issue #3); filled in by the Registry work.</summary>
internal static class CatalogApi
{
    public static void Map(RouteGroupBuilder api)
    {
        _ = api;
    }
}
