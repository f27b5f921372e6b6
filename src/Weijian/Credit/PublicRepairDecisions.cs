using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>One repair application as its applicant sees it, with the 准予/不予信用修复决定书 once decided (R-CRD-2).</summary>
public sealed record PublicRepairRequestView(
    DateOnly SubmittedOn, string Channel, string StatusName, DateOnly DecisionDue, DateOnly? DecidedOn, string? Reasons,
    Guid? DocumentId, string? DocumentTitle, string? DocumentNumber);

public sealed record PublicRepairStatus(string SourceNumber, string StatusName, IReadOnlyList<PublicRepairRequestView> Requests);

/// <summary>
/// 信用修复办理结果查询 (R-CRD-2, anonymous): the applicant names the bureau, the credit code (or ID number) and the decision
/// number — the same proof as the application — and sees the applications on that record, each with its decision document
/// (verification link and download). Read-only across tenants, only within the named bureau; a wrong pair answers as not
/// found, the same as the application form.
/// </summary>
public sealed record GetPublicRepairStatus(Guid? OrganizationId, string? CreditCode, string? DecisionNumber);

/// <summary>The .docx of a repair decision document, for the applicant holding the same proof (checked against its SHA-256).</summary>
public sealed record OpenPublicRepairDecision(Guid? OrganizationId, string? CreditCode, string? DecisionNumber, Guid DocumentId);

public sealed class GetPublicRepairStatusHandler(WeijianDb db)
{
    public async Task<PublicRepairStatus> HandleAsync(GetPublicRepairStatus query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var record = await PublicRepairRecords.FindAsync(db, query, ct);
        var ids = record.RepairRequests.Where(q => q.DocumentId is not null).Select(q => q.DocumentId!.Value).ToList();
        var documents = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == record.OrganizationId && ids.Contains(d.Id)).Select(d => new { d.Id, d.Title, d.Number }).ToListAsync(ct);
        return new PublicRepairStatus(record.SourceNumber, CreditNames.Of(record.Status), [.. record.RepairRequests.OrderByDescending(q => q.SubmittedOn).Select(q =>
        {
            var doc = documents.FirstOrDefault(d => d.Id == q.DocumentId);
            return new PublicRepairRequestView(q.SubmittedOn, q.Channel, CreditNames.Of(q.Status), q.DecisionDue, q.DecidedOn, q.Reasons, doc?.Id, doc?.Title, doc?.Number);
        })]);
    }
}

public sealed class OpenPublicRepairDecisionHandler(WeijianDb db, OpenIssuedDocumentFileHandler files)
{
    public async Task<DocumentDownload> HandleAsync(OpenPublicRepairDecision query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var record = await PublicRepairRecords.FindAsync(db, new GetPublicRepairStatus(query.OrganizationId, query.CreditCode, query.DecisionNumber), ct);
        if (record.RepairRequests.All(q => q.DocumentId != query.DocumentId))
        {
            throw IssuedDocuments.NotFound();
        }

        var document = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.OrganizationId == record.OrganizationId, ct)
            ?? throw IssuedDocuments.NotFound();
        return await files.OpenAsync(document, ct);
    }
}

/// <summary>The applicant's proof: the record of that credit code and decision number in the named bureau, or not found.</summary>
internal static class PublicRepairRecords
{
    public static async Task<CreditRecord> FindAsync(WeijianDb db, GetPublicRepairStatus query, CancellationToken ct)
    {
        var org = Input.Required(query.OrganizationId, "organizationId", "认定机关");
        var code = Input.Text(query.CreditCode, "creditCode", "统一社会信用代码或身份证号码", 18).ToUpperInvariant();
        var number = Input.Text(query.DecisionNumber, "decisionNumber", "决定书文号", CreditRecord.NumberMax);
        return await db.Set<CreditRecord>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(r => r.OrganizationId == org && r.SourceNumber == number && r.PartyCreditCode == code, ct)
            ?? throw DomainRuleException.NotFound("credit.record-not-found", "未找到与该统一社会信用代码（身份证号码）和决定书文号相符的信用记录，请核对");
    }
}
