using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Documents;

namespace Weijian.Web.Api;

/// <summary>
/// 许可事项与办事指南 (issue #6): the bureau's list and guides with their QR codes; the license register (re-check,
/// 注销, 撤销, expiry reminders) and the 告知承诺 post-issue verification (R-LIC-8/9/11/12/13).
/// </summary>
internal static class LicensingRegisterApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var items = api.MapGroup("/license-items").WithTags("许可事项");
        items.MapGet("", (string? q, string? kind, string? specialty, string? status, bool? commitment, int? page, int? pageSize, ListLicenseItemsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListLicenseItems(q, kind, specialty, status, commitment, page, pageSize), ct))
            .WithSummary("事项清单：q（编码/名称）、kind、specialty、status（Active/Withdrawn/All）、commitment（告知承诺）；分页；含时限压缩统计");
        items.MapGet("/{id:guid}", (Guid id, GetLicenseItemHandler h, CancellationToken ct) => h.HandleAsync(new GetLicenseItem(id), ct))
            .WithSummary("办事指南全文：依据、条件、材料、时限及压缩比、收费、告知承诺、现场核查、办理流程");
        items.MapPost("", async (LicenseItemInput body, CreateLicenseItemHandler h, CancellationToken ct) =>
            {
                var v = await h.HandleAsync(new CreateLicenseItem(body), ct);
                return Results.Created($"/api/v1/license-items/{v.Id}", v);
            })
            .WithSummary("新增许可事项（承诺时限不超过法定时限；告知承诺须写明承诺义务；至少一项关键材料；编码本单位唯一）");
        items.MapPut("/{id:guid}", (Guid id, LicenseItemInput body, ReviseLicenseItemHandler h, CancellationToken ct) => h.HandleAsync(new ReviseLicenseItem(id, body), ct))
            .WithSummary("修订办事指南（编码不变，审计记录修订前后内容）");
        items.MapPost("/{id:guid}/withdraw", (Guid id, ReasonBody body, WithdrawLicenseItemHandler h, CancellationToken ct) => h.HandleAsync(new WithdrawLicenseItem(id, body.Reason), ct))
            .WithSummary("停用事项（须说明原因，不再对外公布）");
        items.MapGet("/{id:guid}/qr.png", async (Guid id, GetLicenseItemHandler h, DocumentSettings settings, CancellationToken ct) =>
            {
                var item = await h.HandleAsync(new GetLicenseItem(id), ct);
                return Results.File(QrImages.Png(GuideLinks.Url(settings, item.Id)), "image/png", $"{item.Code}-qr.png");
            })
            .WithSummary("办事指南二维码（PNG，指向公开的办事指南页）");

        var licenses = api.MapGroup("/licences").WithTags("许可证管理");
        licenses.MapGet("", (string? type, string? status, int? expiringWithinDays, bool? recheckDue, string? holder, bool? commitment, int? page, int? pageSize, ListLicensesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListLicenses(type, status, expiringWithinDays, recheckDue, holder, commitment, page, pageSize), ct))
            .WithSummary("许可证列表：type、status（Valid/Expired/Cancelled/Revoked）、expiringWithinDays、recheckDue（复核到期，R-LIC-13）、holder（名称/信用代码/证号）、commitment；分页");
        licenses.MapGet("/{id:guid}", (Guid id, GetLicenseHandler h, CancellationToken ct) => h.HandleAsync(new GetLicense(id), ct))
            .WithSummary("许可证详情：历史、复核到期日、延续申请截止日、告知承诺核查、文书、可执行的操作");
        licenses.MapGet("/commitment-statistics", (int? year, CommitmentVerificationStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new CommitmentVerificationStatistics(year), ct))
            .WithSummary("告知承诺核查统计：属实、整改到位、整改中、撤销、待核查、逾期");
        licenses.MapPost("/remind", (RemindExpiringLicensesHandler h, CancellationToken ct) => h.HandleAsync(new RemindExpiringLicenses(), ct))
            .WithSummary("到期提醒与过期处理（每日自动执行；可重复执行，R-LIC-8）");
        licenses.MapPost("/{id:guid}/recheck", (Guid id, RecheckBody body, RecheckLicenseHandler h, CancellationToken ct) => h.HandleAsync(new RecheckLicense(id, body.RecheckedOn, body.Note), ct))
            .WithSummary("记录复核（公共场所卫生许可证每2年复核，间隔为规则参数，R-LIC-13）");
        licenses.MapPost("/{id:guid}/cancel", (Guid id, CancelBody body, CancelLicenseHandler h, CancellationToken ct) => h.HandleAsync(new CancelLicense(id, body.Ground, body.Note), ct))
            .WithSummary("依职权注销（ground：Expired/HolderDied/Dissolved/Revoked/ForceMajeure/Other，R-LIC-9），出具注销公告");
        licenses.MapPost("/{id:guid}/revoke", (Guid id, RevokeBody body, RevokeLicenseHandler h, CancellationToken ct) =>
                h.HandleAsync(new RevokeLicense(id, body.Grounds, body.Reason, body.PublicInterestConsidered, body.SeriousPublicHarm), ct))
            .WithSummary("撤销行政许可（局领导；grounds：Fraud 应当撤销，AbuseOfPower/BeyondAuthority/ProceduralBreach/UnqualifiedGrantee 可以撤销；须确认已审查公共利益，R-LIC-9），出具撤销决定书");
        licenses.MapPost("/{id:guid}/verification", (Guid id, VerificationBody body, RecordCommitmentVerificationHandler h, CancellationToken ct) =>
                h.HandleAsync(new RecordCommitmentVerification(id, body.Kept, body.Finding, body.RectificationDueOn, body.InspectionId), ct))
            .WithSummary("记录告知承诺核查结果：kept=true 属实；false 须写明不实情况和整改期限（R-LIC-11/12）");
        licenses.MapPost("/{id:guid}/verification/conclude", (Guid id, ConcludeBody body, ConcludeRectificationHandler h, CancellationToken ct) =>
                h.HandleAsync(new ConcludeRectification(id, body.Rectified, body.Note, body.PublicInterestConsidered, body.SeriousPublicHarm), ct))
            .WithSummary("认定整改结果：rectified=true 整改到位；false 撤销许可（局领导）并记入信用记录（R-LIC-12, R-CRD-6）");
    }

    /// <summary>
    /// Anonymous, outside /api/v1 beside the guide pages: the printable QR codes of a published guide (R-TRS-2), which
    /// open <c>/public/guides/item/{id}</c> at the configured public address.
    /// </summary>
    public static void MapPublicGuideCodes(this IEndpointRouteBuilder app)
    {
        var p = app.MapGroup("/public/guides/item").WithTags("办事指南（公开）").AllowAnonymous();
        p.MapGet("/{id:guid}/qr.png", async (Guid id, GetPublishedGuideHandler h, DocumentSettings settings, CancellationToken ct) =>
            {
                var guide = await h.HandleAsync(new GetPublishedGuide(id), ct);
                return Results.File(QrImages.Png(GuideLinks.Url(settings, guide.Item.Id)), "image/png", $"{guide.Item.Code}-qr.png");
            })
            .WithSummary("办事指南二维码（PNG）");
        p.MapGet("/{id:guid}/qr.svg", async (Guid id, GetPublishedGuideHandler h, DocumentSettings settings, CancellationToken ct) =>
            {
                var guide = await h.HandleAsync(new GetPublishedGuide(id), ct);
                return Results.Text(QrImages.Svg(GuideLinks.Url(settings, guide.Item.Id)), "image/svg+xml");
            })
            .WithSummary("办事指南二维码（SVG，打印用）");
    }

    internal sealed record ReasonBody(string? Reason);

    internal sealed record RecheckBody(DateOnly? RecheckedOn, string? Note);

    internal sealed record CancelBody(string? Ground, string? Note);

    internal sealed record RevokeBody(IReadOnlyList<string>? Grounds, string? Reason, bool PublicInterestConsidered, bool SeriousPublicHarm);

    internal sealed record VerificationBody(bool? Kept, string? Finding, DateOnly? RectificationDueOn, Guid? InspectionId);

    internal sealed record ConcludeBody(bool? Rectified, string? Note, bool PublicInterestConsidered, bool SeriousPublicHarm);
}
