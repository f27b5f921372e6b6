using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>
/// 信用记录 of the bureau: filter by status, grade, source, a name / credit code / decision number fragment, the entity, or
/// only those with a repair application awaiting decision (信用修复申请 queue); newest decision first, paged.
/// </summary>
public sealed record ListCreditRecords(
    string? Status = null, string? Severity = null, string? Source = null, string? Q = null, Guid? EntityId = null, bool RepairPending = false,
    int? Page = null, int? PageSize = null);

public sealed class ListCreditRecordsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<CreditRecordView>> HandleAsync(ListCreditRecords command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.WindowClerk, Roles.DisclosureClerk, Roles.SystemAdministrator);
        var org = db.Actor.RequireOrganization();
        var query = db.Set<CreditRecord>().AsNoTracking().Where(r => r.OrganizationId == org);
        if (Parse<CreditRecordStatus>(command.Status, "status", "状态") is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(command.Severity))
        {
            query = command.Severity.Trim() is "None" or "不分级"
                ? query.Where(r => r.Severity == null)
                : Parse<CreditSeverity>(command.Severity, "severity", "失信程度") is { } severity ? query.Where(r => r.Severity == severity) : query;
        }

        if (Parse<CreditSource>(command.Source, "source", "来源") is { } source)
        {
            query = query.Where(r => r.Source == source);
        }

        if (command.EntityId is { } entity)
        {
            query = query.Where(r => r.EntityId == entity);
        }

        if (command.RepairPending)
        {
            query = query.Where(r => r.RepairPending);
        }

        if (!string.IsNullOrWhiteSpace(command.Q))
        {
            var q = command.Q.Trim();
            query = query.Where(r => r.PartyName.Contains(q) || r.PartyCreditCode.StartsWith(q) || r.SourceNumber.Contains(q));
        }

        var page = await Paged.FromQueryAsync(query.OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.Id), command.Page, command.PageSize, ct);
        var today = ChinaClock.Today(clock);
        return new Paged<CreditRecordView>([.. page.Items.Select(r => CreditRecordView.Of(r, today))], page.Total, page.Page, page.PageSize);
    }

    private static T? Parse<T>(string? value, string field, string label)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw Input.Invalid("validation.filter", field, $"{label}“{value}”不正确");
    }
}

/// <summary>One credit record of the bureau with its repair requests and history; another bureau's answers 404.</summary>
public sealed record GetCreditRecord(Guid Id);

public sealed class GetCreditRecordHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CreditRecordView> HandleAsync(GetCreditRecord command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.WindowClerk, Roles.DisclosureClerk, Roles.SystemAdministrator);
        var record = await db.Set<CreditRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.Id, ct)
            ?? throw DomainRuleException.NotFound("credit.not-found", "信用记录不存在");
        return CreditRecordView.Of(record, ChinaClock.Today(clock));
    }
}

/// <summary>
/// The public list of a bureau's records in publication on today's date (R-CRD-1/2: nothing after the maximum, whether or
/// not the daily sweep has run; nothing 不予公示, 期满 or 已修复), natural persons masked. Anonymous.
/// </summary>
public sealed record ListPublicCreditRecords(Guid OrganizationId, string? Q = null, int? Page = null, int? PageSize = null);

public sealed record PublicCreditPage(Guid OrganizationId, string OrganizationName, Paged<PublicCreditRecordView> Records);

public sealed class ListPublicCreditRecordsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PublicCreditPage> HandleAsync(ListPublicCreditRecords command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == command.OrganizationId).Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
        var today = ChinaClock.Today(clock);
        var query = db.Set<CreditRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.OrganizationId == org.Id && r.Status == CreditRecordStatus.Publishing && r.PublishFrom <= today && r.MaxUntil != null && r.MaxUntil > today);
        if (!string.IsNullOrWhiteSpace(command.Q))
        {
            // Natural persons are found by decision number only: their names are masked and their ID numbers never searched.
            var q = command.Q.Trim();
            query = query.Where(r => r.SourceNumber.Contains(q) || (r.PartyKind != Registry.Entities.PartyKind.Individual && (r.PartyName.Contains(q) || r.PartyCreditCode == q)));
        }

        var page = await Paged.FromQueryAsync(query.OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.Id), command.Page, command.PageSize, ct);
        return new PublicCreditPage(org.Id, org.Name, new Paged<PublicCreditRecordView>([.. page.Items.Select(PublicCreditRecordView.Of)], page.Total, page.Page, page.PageSize));
    }
}
