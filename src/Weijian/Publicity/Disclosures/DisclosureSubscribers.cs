using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Licensing;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Registry.Entities;

namespace Weijian.Publicity.Disclosures;

/// <summary>
/// 行政处罚决定 → 执法公示 (R-TRS-4 within 7 working days, R-PEN-32): reads the case the deciding unit of work tracks and
/// schedules its disclosure — number, party (masked if a natural person), facts, violated provision, basis, terms, fine
/// and the 行政处罚决定书 issued with it (verifiable at /verify/{id}); the case handlers get the clock on 我的待办.
/// </summary>
public sealed class PenaltyDisclosureSubscriber(WeijianDb db, CalendarSource calendars, TimeProvider clock) : IDomainEventSubscriber<PenaltyDecided>
{
    public async Task OnAsync(PenaltyDecided domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var c = db.Set<PenaltyCase>().Local.FirstOrDefault(x => x.Id == domainEvent.CaseId)
            ?? await db.Set<PenaltyCase>().SingleAsync(x => x.Id == domainEvent.CaseId, ct);
        var caseId = c.Id.ToString();
        var document = db.Set<IssuedDocument>().Local.FirstOrDefault(d => d.SubjectType == PenaltyCaseSteps.SubjectType && d.SubjectId == caseId && d.TemplateKey == "penalty-decision")
            ?? await db.Set<IssuedDocument>().Where(d => d.SubjectType == PenaltyCaseSteps.SubjectType && d.SubjectId == caseId && d.TemplateKey == "penalty-decision")
                .OrderByDescending(d => d.IssuedAt).FirstOrDefaultAsync(ct);
        var orgName = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == c.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var terms = c.DecidedTerms;
        var fields = new List<DisclosureField>
        {
            new("执法机关", orgName),
            new("案由", c.Cause),
            new("适用程序", c.Procedure == CaseProcedure.Summary ? "简易程序" : "一般程序"),
            new("主要违法事实", c.Facts ?? c.Summary),
            new("违反的法律规定", c.ViolatedProvision ?? ""),
            new("处罚依据", c.PenaltyBasis ?? ""),
            new("处罚内容", terms?.Describe() ?? ""),
            new("罚没金额（元）", (c.DecidedFine + c.DecidedConfiscation).ToString("0.00", CultureInfo.InvariantCulture)),
        };
        var assignees = c.Handlers.Select(h => h.UserId).OfType<Guid>().ToList();
        if (assignees.Count == 0 && db.Actor.UserId is { } me)
        {
            assignees.Add(me);
        }

        await DisclosureSchedule.ScheduleAsync(
            db, await calendars.GetAsync(db, ct), clock,
            new DisclosureDraft(
                c.OrganizationId, DisclosureKind.PenaltyDecision, PenaltyCaseSteps.SubjectType, caseId, document?.Number ?? $"案件{c.Number}",
                $"{c.PartyName}{c.Cause}行政处罚决定", domainEvent.DecidedOn, c.PartyName, c.PartyKind == PartyKind.Individual, c.PartyCreditCode, fields,
                document?.Id, assignees),
            ct);
    }
}

/// <summary>
/// 行政许可决定 → 执法公示: only grants are made public (R-LIC-5), within 7 working days (R-TRS-4); a refusal is served on
/// the applicant, not published. A revoked license (R-LIC-9) takes its grant's disclosure down with reason 撤销 (R-PEN-32).
/// </summary>
public sealed class LicensingDisclosureSubscriber(WeijianDb db, CalendarSource calendars, TimeProvider clock)
    : IDomainEventSubscriber<LicensingDecided>, IDomainEventSubscriber<LicenseRevoked>
{
    public const string SourceType = "LicenseApplication";

    public async Task OnAsync(LicensingDecided domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (!domainEvent.Granted)
        {
            return;
        }

        var orgName = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == domainEvent.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var fields = new List<DisclosureField>
        {
            new("许可机关", orgName),
            new("许可事项", domainEvent.ItemName),
            new("许可决定", "准予行政许可"),
            new("许可证号", domainEvent.LicenseNumber ?? ""),
        };
        var assignees = db.Actor.UserId is { } me ? new[] { me } : [];
        await DisclosureSchedule.ScheduleAsync(
            db, await calendars.GetAsync(db, ct), clock,
            new DisclosureDraft(
                domainEvent.OrganizationId, DisclosureKind.LicensingDecision, SourceType, domainEvent.ApplicationId.ToString(), domainEvent.DecisionNumber,
                $"{domainEvent.ApplicantName}{domainEvent.ItemName}行政许可决定", domainEvent.DecidedOn, domainEvent.ApplicantName,
                domainEvent.ApplicantKind == PartyKind.Individual, domainEvent.ApplicantCreditCode, fields, domainEvent.DecisionDocumentId, assignees),
            ct);
    }

    public async Task OnAsync(LicenseRevoked domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.ApplicationId is not { } applicationId)
        {
            // A license entered without an application in the system was never published here: nothing to take down.
            return;
        }

        var sourceId = applicationId.ToString();
        var disclosure = await db.Set<EnforcementDisclosure>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(d => d.OrganizationId == domainEvent.OrganizationId && d.SourceType == SourceType && d.SourceId == sourceId && d.Kind == DisclosureKind.LicensingDecision, ct);
        if (disclosure is null || disclosure.WithdrawalRequestedOn is not null)
        {
            return;
        }

        var assignees = db.Actor.UserId is { } me ? new[] { me } : [];
        await DisclosureSchedule.RequestWithdrawalAsync(
            db, await calendars.GetAsync(db, ct), clock, disclosure, WithdrawalReason.Revoked, $"{domainEvent.RevokedOn:yyyy年M月d日}许可被撤销：{domainEvent.Reason}", assignees, ct);
    }
}
