using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;
using Weijian.Publicity.Replies;
using Weijian.Web.Pages.Credit;
using Weijian.Web.Pages.Replies;

namespace Weijian.Web.Pages.PublicCredit;

/// <summary>
/// 信用信息公示 (R-CRD-1/2): the anonymous list of a bureau's credit records in publication today (natural persons' names
/// masked, never an ID number or phone), the online repair application form and the applicant's 办理结果查询 with the
/// 准予/不予信用修复决定书 to verify and download. The credit code and decision number are the applicant's proof (checked by
/// the handlers, which act as a visitor of the bureau for the writes, docs/adr/0013).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    ListPublicCreditRecordsHandler list, ApplyForCreditRepairHandler apply, ListPublicRepliesHandler replies, SubmitReplyHandler submit,
    GetPublicRepairStatusHandler repairStatus, OpenPublicRepairDecisionHandler openDecision)
    : WeijianPageModel
{
    /// <summary>办理结果查询: the same proof as the application.</summary>
    [BindProperty]
    public RepairProof Proof { get; set; } = new();

    public PublicRepairStatus? Status { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public RepairForm Form { get; set; } = new();

    [BindProperty]
    public ReplyForm Reply { get; set; } = new();

    /// <summary>回应与申诉 on the entity's credit grade (R-CRD-5): the credit code alone names the subject and proves the entity.</summary>
    [BindProperty]
    public ReplyForm GradeReply { get; set; } = new();

    public ReplyFormModel ReplyFormView => new(OrgId, Reply, "信用信息", "行政处罚决定书文号");

    public PublicCreditPage? Results { get; private set; }

    /// <summary>Replies marked 公开显示, by decision number.</summary>
    public ILookup<string, PublicReply> Replies { get; private set; } = Array.Empty<PublicReply>().ToLookup(r => r.SubjectNumber);

    public Pager Pager { get; private set; } = new("/PublicCredit/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(page, ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var command = await Form.ToCommandAsync(OrgId, ct);
            var request = await apply.HandleAsync(command, ct);
            SetFlash($"信用修复申请已提交，本机关将于{Display.Date(request.DecisionDue)}前作出决定并与您联系");
            return RedirectToPage(new { orgId = OrgId });
        },
        () => LoadAsync(null, ct));

    /// <summary>回应与申诉 on a record in publication, through the same 网上申请 channel as the repair application.</summary>
    public Task<IActionResult> OnPostReplyAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var reply = await submit.HandleAsync(Reply.ToCommand(OrgId, ReplySubjectKind.CreditRecord), ct);
            SetFlash($"{reply.KindName}已提交，本机关将于{Display.Date(reply.Due)}前办理");
            return RedirectToPage(new { orgId = OrgId });
        },
        () => LoadAsync(null, ct));

    /// <summary>
    /// 对信用等级的回应与申诉 ("an entity may submit a reply to a published … grade", issue #7; R-CRD-5): the same 网上申请
    /// channel, anti-forgery token and credit-code proof as the record form; the grade is named by the credit code.
    /// </summary>
    public Task<IActionResult> OnPostGradeReplyAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var reply = await submit.HandleAsync(GradeReply.ToCommand(OrgId, ReplySubjectKind.CreditGrade), ct);
            SetFlash($"对信用等级的{reply.KindName}已提交，本机关将于{Display.Date(reply.Due)}前办理");
            return RedirectToPage(new { orgId = OrgId });
        },
        () => LoadAsync(null, ct));

    /// <summary>信用修复办理结果查询 (R-CRD-2): the applications on the record and their decision documents.</summary>
    public Task<IActionResult> OnPostStatusAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            await LoadAsync(null, ct);
            Status = await repairStatus.HandleAsync(new GetPublicRepairStatus(OrgId, Proof.CreditCode, Proof.DecisionNumber), ct);
            return Page();
        },
        () => LoadAsync(null, ct));

    /// <summary>The .docx of a repair decision document, for the holder of the same proof.</summary>
    public Task<IActionResult> OnPostDecisionAsync(Guid documentId, CancellationToken ct) => RunAsync(
        async () =>
        {
            var file = await openDecision.HandleAsync(new OpenPublicRepairDecision(OrgId, Proof.CreditCode, Proof.DecisionNumber, documentId), ct);
            return File(file.Content, file.ContentType, file.FileName);
        },
        () => LoadAsync(null, ct));

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        Results = await list.HandleAsync(new ListPublicCreditRecords(OrgId, Q, page, 20), ct);
        Pager = Pager.From(Results.Records, $"/public/credit/{OrgId}", 20, ("q", Q));
        var shown = await replies.HandleAsync(new ListPublicReplies(OrgId, nameof(ReplySubjectKind.CreditRecord), [.. Results.Records.Items.Select(i => i.SourceNumber)]), ct);
        Replies = shown.ToLookup(r => r.SubjectNumber);
    }
}

/// <summary>The applicant's proof for 办理结果查询: credit code (or ID number) and decision number.</summary>
public sealed class RepairProof
{
    public string? CreditCode { get; set; }

    public string? DecisionNumber { get; set; }
}
