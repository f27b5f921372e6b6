namespace Weijian.Web.Api;

/// <summary>The JSON API under <c>/api/v1</c>. Every endpoint calls a use-case handler, which checks permissions.</summary>
public static class WeijianApi
{
    public static void MapWeijianApi(this IEndpointRouteBuilder app)
    {
        PublicityApi.MapOpenData(app);
        var v1 = app.MapGroup("/api/v1");
        AuthApi.Map(v1);
        DocumentsApi.MapPublic(v1);
        InspectionsApi.MapPublic(v1);
        PlansApi.MapPublic(v1);
        PublicityApi.MapPublic(v1);
        OfficerCodesApi.MapPublic(v1);
        OfficerCodesApi.MapImages(app);
        ApplicationsApi.MapPublic(v1);
        CreditApi.MapPublic(v1);
        RepliesApi.MapPublic(v1);
        var secured = v1.MapGroup("").RequireAuthorization();
        OrganizationsApi.Map(secured);
        UsersApi.Map(secured);
        AuditApi.Map(secured);
        DeadlinesApi.Map(secured);
        CalendarApi.Map(secured);
        EntitiesApi.Map(secured);
        OfficersApi.Map(secured);
        ProvisionsApi.Map(secured);
        CatalogApi.Map(secured);
        ImportsApi.Map(secured);
        CasesApi.Map(secured);
        InspectionsApi.Map(secured);
        DiscretionApi.Map(secured);
        DocumentsApi.Map(secured);
        PlansApi.Map(secured);
        LicensingRegisterApi.Map(secured);
        FiguresApi.Map(secured);
        DashboardApi.Map(secured);
        AnnualReportsApi.Map(secured);
        PublicityApi.Map(secured);
        OfficerCodesApi.Map(secured);
        ApplicationsApi.Map(secured);
        CreditApi.Map(secured);
        RepliesApi.Map(secured);
    }
}
