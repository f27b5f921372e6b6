using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Audit;

namespace Weijian.Web.Pages.Audit;

/// <summary>
/// One record's history from the audit chain: my organisation's chain, or — for an organisation or user I administer in
/// a subordinate organisation — that organisation's chain (<see cref="OrganizationId"/>).
/// </summary>
public sealed class HistoryModel(
    GetRecordHistoryHandler own, GetAdministeredRecordHistoryHandler administered, GetSubjectNamesHandler subjects) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? SubjectType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    /// <summary>Names of the record and of the records its history refers to (上级单位, 承办人).</summary>
    public IReadOnlyDictionary<SubjectRef, string> Names { get; private set; } = new Dictionary<SubjectRef, string>();

    /// <summary>The record's name when it is an organisation or user the actor may see.</summary>
    public string? SubjectName { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(SubjectType) || string.IsNullOrWhiteSpace(SubjectId))
        {
            ModelState.AddModelError(string.Empty, "缺少要查看的记录（对象类型和编号）");
            return Page();
        }

        Entries = OrganizationId is { } orgId && orgId != Actor.OrganizationId
            ? await administered.HandleAsync(new GetAdministeredRecordHistory(orgId, SubjectType, SubjectId), ct)
            : await own.HandleAsync(new GetRecordHistory(SubjectType, SubjectId), ct);
        var subject = new SubjectRef(SubjectType, SubjectId);
        Names = await subjects.HandleAsync(new GetSubjectNames([subject, .. Entries.SelectMany(e => Display.ReferencedSubjects(e.Payload))]), ct);
        SubjectName = Names.GetValueOrDefault(subject);
        return Page();
    });
}
