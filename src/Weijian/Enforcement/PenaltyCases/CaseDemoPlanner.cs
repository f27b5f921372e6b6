using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// Plans the demo cases of one bureau: which party and officers, which steps (through the same handlers users call) and
/// on which working days. Cases in progress are planned back from the last working day so that their open legal clocks
/// are current; closed cases are spread over the past year. Proportions by specialty follow a county's annual report
/// (公共场所 about three fifths, 医疗卫生及传染病防治 a quarter, 职业卫生, 饮用水 and 学校卫生 the rest).
/// </summary>
internal sealed class CaseDemoPlanner
{
    private readonly BusinessCalendar _calendar;
    private readonly DemoStaff _staff;
    private readonly int _bureauIndex;
    private readonly DateOnly _anchor;
    private readonly CaseThresholds _thresholds;
    private readonly IReadOnlyList<(Officer Officer, Actor? Actor)> _officers;
    private readonly Dictionary<Specialty, List<RegulatedEntity>> _entities;
    private readonly Dictionary<Specialty, int> _nextParty = [];
    private int _order;

    private CaseDemoPlanner(
        BusinessCalendar calendar, DemoStaff staff, int bureauIndex, DateOnly anchor, CaseThresholds thresholds,
        IReadOnlyList<(Officer, Actor?)> officers, Dictionary<Specialty, List<RegulatedEntity>> entities)
    {
        _calendar = calendar;
        _staff = staff;
        _bureauIndex = bureauIndex;
        _anchor = anchor;
        _thresholds = thresholds;
        _officers = officers;
        _entities = entities;
    }

    /// <summary>Loads the bureau's demo users, officers and entities; null when the bureau lacks them (nothing to plan).</summary>
    public static async Task<CaseDemoPlanner?> CreateAsync(WeijianDb db, BusinessCalendar calendar, DemoBureau bureau, int bureauIndex, DateOnly anchor, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
        var byName = users.ToDictionary(u => u.UserName ?? "", StringComparer.Ordinal);
        Actor? As(string suffix, string role) =>
            byName.TryGetValue($"{bureau.Prefix}.{suffix}", out var u) ? new Actor(u.Id, u.DisplayName, org, new HashSet<string> { role }, false) : null;
        var head = As("head", Roles.BureauHead);
        var reviewer = As("reviewer", Roles.LegalReviewer);
        var officer1 = As("officer1", Roles.Officer);
        var officer2 = As("officer2", Roles.Officer);
        var presiding = byName.GetValueOrDefault($"{bureau.Prefix}.supervisor");
        if (head is null || reviewer is null || officer1 is null || officer2 is null || presiding is null)
        {
            return null;
        }

        // Officers who may act on every day of the demo year: a valid credential and active status (R-PEN-12, R-OFF-1).
        var yearAgo = anchor.AddDays(-380);
        var accounts = new Dictionary<Guid, Actor> { [officer1.UserId!.Value] = officer1, [officer2.UserId!.Value] = officer2 };
        var officers = (await db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == org).OrderBy(o => o.CredentialNumber).ToListAsync(ct))
            .Where(o => o.EligibilityOn(anchor).Eligible && o.EligibilityOn(yearAgo).Eligible && (o.UserId is null || accounts.ContainsKey(o.UserId.Value)))
            .Select(o => (o, o.UserId is { } id ? accounts[id] : null))
            .ToList();
        if (officers.Count(o => o.Item2 is not null) < 2 || officers.Count < 3)
        {
            return null;
        }

        var entities = (await db.Set<RegulatedEntity>().AsNoTracking()
                .Where(e => e.OrganizationId == org && e.Status == EntityStatus.Operating).OrderBy(e => e.CreditCode).ToListAsync(ct))
            .GroupBy(e => e.Specialty).ToDictionary(g => g.Key, g => g.ToList());
        if (!entities.ContainsKey(Specialty.PublicPlaces))
        {
            return null;
        }

        string[] deputies = bureauIndex % 2 == 0 ? ["谭卫国", "邓红霞"] : ["周建明", "雷秋菊"];
        var staff = new DemoStaff(bureau, head, reviewer, presiding.Id, presiding.DisplayName, [head.Name, .. deputies]);
        var thresholds = await CaseThresholds.ResolveAsync(db, org, anchor, ct);
        return new CaseDemoPlanner(calendar, staff, bureauIndex, anchor, thresholds, officers, entities);
    }

    /// <summary>The cases in progress (one or more in every status) and <paramref name="closed"/> closed and archived cases.</summary>
    public IReadOnlyList<DemoCasePlan> Plan(int closed, int orderOffset)
    {
        _order = orderOffset;
        var plans = new List<DemoCasePlan>();
        foreach (var (code, options, until, occurrence, endOffset) in InProgress)
        {
            var v = DemoViolation.Find(code);
            plans.Add(Build($"{CaseNames.Of(until)}-{code}", v, options, _anchor, endOffset, until, occurrence));
        }

        var span = 300;
        var count = Math.Min(closed, Closed.Length);
        for (var i = 0; i < count; i++)
        {
            var (code, options) = Closed[(i + (_bureauIndex * 7)) % Closed.Length];
            var start = _anchor.AddDays(-355 + (i * span / Math.Max(1, count)) + (Hash($"{_staff.Bureau.Prefix}:{i}") % 4));
            plans.Add(Build($"closed-{i:00}-{code}", DemoViolation.Find(code), options, start, null, null, 0));
        }

        return plans;
    }

    // ------------------------------------------------------------------ recipes

    private enum Kind
    {
        General,
        NoPenalty,
        SummaryWarning,
        SummaryFine,
        NotFiled,
        Withdrawn,
        Transferred,
        ReferralDeclined,
    }

    private enum Defence
    {
        Wait,
        Waive,
        Statement,
        Hearing,
    }

    private enum Payment
    {
        Paid,
        Instalments,
        Reminder,
        Court,
        Remedy,
    }

    private sealed record Options(
        Kind Kind = Kind.General, Defence Defence = Defence.Wait, bool Review = false, bool ReturnFirst = false, bool EditAfterApproval = false,
        bool Preservation = false, bool Extension = false, Payment Payment = Payment.Paid, int Fine = 0, bool WithFine = true, string Service = "Direct",
        CaseSource Source = CaseSource.Inspection);

    private static readonly Options G = new();

    /// <summary>Cases in progress: the recipe, the step they stop after (its n-th occurrence) and how many working days before the last working day that step was.</summary>
    private static readonly (string Code, Options Options, CaseAction Until, int Occurrence, int EndOffset)[] InProgress =
    [
        ("PP-LICENCE", G with { Source = CaseSource.Complaint }, CaseAction.RecordOnSiteAct, 1, 0),
        ("M-UNQUALIFIED", G with { Source = CaseSource.Complaint }, CaseAction.RegisterLead, 1, 0),
        ("PP-HEALTH-CERT", G, CaseAction.RequestFiling, 1, 0),
        ("W-LICENCE", G, CaseAction.AddEvidence, 1, 1),
        ("M-UNLICENSED", G with { Preservation = true, Defence = Defence.Hearing, Source = CaseSource.Complaint }, CaseAction.ApprovePreservation, 1, 1),
        ("W-LICENCE", G with { Extension = true, Fine = 1 }, CaseAction.ExtendDecisionPeriod, 1, 2),
        ("M-ILLEGAL-REPEAT", G with { Kind = Kind.Transferred, Source = CaseSource.Complaint }, CaseAction.ProposeReferral, 1, 0),
        ("PP-DISINFECTION", G, CaseAction.ConcludeInvestigation, 1, 0),
        ("PP-LICENCE", G with { Fine = 2 }, CaseAction.NotifyParty, 1, 0),
        ("O-EXAM", G with { Defence = Defence.Hearing }, CaseAction.RequestHearing, 1, 0),
        ("M-UNLICENSED", G with { Defence = Defence.Hearing }, CaseAction.ScheduleHearing, 1, 1),
        ("O-EXAM", G with { Defence = Defence.Hearing, Source = CaseSource.Assigned }, CaseAction.RecordHearing, 1, 1),
        ("PP-HEALTH-CERT", G with { Review = true, Defence = Defence.Statement, Fine = 2 }, CaseAction.SubmitForLegalReview, 1, 0),
        ("PP-LICENCE", G with { Review = true, Defence = Defence.Waive, EditAfterApproval = true, Fine = 3 }, CaseAction.SubmitForLegalReview, 2, 0),
        ("I-WASTE-SORTING", G with { Review = true, Defence = Defence.Waive, Fine = 2 }, CaseAction.CompleteLegalReview, 1, 0),
        ("M-UNLICENSED", G with { Defence = Defence.Waive, Source = CaseSource.Referral }, CaseAction.RecordCollectiveDiscussion, 1, 0),
        ("PP-TESTING", G with { Defence = Defence.Waive }, CaseAction.DecidePenalty, 1, 0),
        ("PP-HEALTH-CERT", G with { Fine = 1, Service = "Post" }, CaseAction.ServeDecision, 1, 2),
        ("PP-LICENCE", G with { Payment = Payment.Reminder, Fine = 1 }, CaseAction.SendPaymentReminder, 1, 1),
        ("M-UNQUALIFIED", G with { Payment = Payment.Instalments, Defence = Defence.Waive, Fine = 2 }, CaseAction.RecordPayment, 1, 1),
        ("PP-DISINFECTION", G with { Kind = Kind.SummaryFine }, CaseAction.DecideSummarily, 1, 1),
        ("W-STAFF", G with { Defence = Defence.Waive }, CaseAction.ConfirmExecution, 1, 1),
        ("M-ILLEGAL-REPEAT", G with { Kind = Kind.Transferred, Source = CaseSource.Complaint }, CaseAction.RecordTransfer, 1, 3),
        ("PP-RECORDS", G with { Kind = Kind.Withdrawn, Source = CaseSource.Complaint }, CaseAction.Withdraw, 1, 1),
        ("PP-HEALTH-CERT", G with { Kind = Kind.NotFiled, Source = CaseSource.Complaint }, CaseAction.DeclineFiling, 1, 0),
        ("O-TRAINING", G with { Kind = Kind.NoPenalty }, CaseAction.CloseCase, 1, 1),
        ("I-WASTE-REGISTER", G with { Kind = Kind.NoPenalty }, CaseAction.ServeDecision, 1, 2),
    ];

    /// <summary>Closed cases of the year, in the order they are taken (the second bureau starts further down the list).</summary>
    private static readonly (string Code, Options Options)[] Closed =
    [
        ("PP-LICENCE", G),
        ("PP-DISINFECTION", G with { Kind = Kind.SummaryWarning }),
        ("PP-TESTING", G with { Kind = Kind.NoPenalty }),
        ("PP-HEALTH-CERT", G with { Defence = Defence.Waive, Fine = 1 }),
        ("PP-DISINFECTION", G with { Kind = Kind.SummaryFine }),
        ("M-UNQUALIFIED", G with { Defence = Defence.Waive, Review = true }),
        ("O-TRAINING", G with { Kind = Kind.NoPenalty }),
        ("PP-LICENCE", G with { Defence = Defence.Statement, Fine = 2, Service = "Electronic" }),
        ("S-LIGHTING", G with { Kind = Kind.SummaryWarning }),
        ("W-LICENCE", G with { Review = true }),
        ("PP-HEALTH-CERT", G with { Kind = Kind.SummaryFine }),
        ("PP-RECORDS", G with { Kind = Kind.NoPenalty }),
        ("M-UNLICENSED", G with { Preservation = true, Defence = Defence.Hearing, Source = CaseSource.Complaint }),
        ("I-WASTE-SORTING", G with { Fine = 1 }),
        ("PP-TESTING", G with { Kind = Kind.SummaryWarning }),
        ("PP-HEALTH-CERT", G with { Fine = 3, Review = true, Defence = Defence.Waive }),
        ("PP-LICENCE", G with { Kind = Kind.NotFiled, Source = CaseSource.Complaint }),
        ("I-WASTE-REGISTER", G with { Kind = Kind.NoPenalty }),
        ("O-EXAM", G with { WithFine = false, Defence = Defence.Waive }),
        ("PP-LICENCE", G with { Payment = Payment.Court, Fine = 1 }),
        ("W-STAFF", G with { Kind = Kind.SummaryFine }),
        ("PP-DISINFECTION", G with { Fine = 2, Service = "Post" }),
        ("PP-TESTING", G with { Kind = Kind.NoPenalty, Source = CaseSource.Assigned }),
        ("M-SCOPE", G with { Review = true, ReturnFirst = true, Defence = Defence.Waive }),
        ("PP-LICENCE", G with { Fine = 3, Defence = Defence.Waive }),
        ("I-WASTE-SORTING", G with { Kind = Kind.SummaryWarning }),
        ("PP-HEALTH-CERT", G with { Kind = Kind.Withdrawn, Source = CaseSource.Complaint }),
        ("PP-LICENCE", G with { Payment = Payment.Instalments, Fine = 3, Defence = Defence.Waive }),
        ("PP-RECORDS", G with { Kind = Kind.NoPenalty, Source = CaseSource.Complaint }),
        ("I-STERILISATION", G with { Review = true, Defence = Defence.Statement, Fine = 1 }),
        ("PP-DISINFECTION", G with { Kind = Kind.SummaryFine }),
        ("M-UNLICENSED", G with { Kind = Kind.ReferralDeclined, Defence = Defence.Waive, Source = CaseSource.Complaint }),
        ("PP-HEALTH-CERT", G),
        ("M-ILLEGAL-REPEAT", G with { Kind = Kind.Transferred, Source = CaseSource.Complaint }),
        ("W-LICENCE", G with { Extension = true, Fine = 2, Defence = Defence.Waive }),
        ("O-TRAINING", G with { Kind = Kind.NoPenalty, Source = CaseSource.Assigned }),
        ("PP-LICENCE", G with { Payment = Payment.Remedy, Fine = 2 }),
        ("PP-TESTING", G with { Kind = Kind.SummaryWarning }),
        ("PP-DISINFECTION", G with { Defence = Defence.Statement }),
        ("O-HAZARD", G with { Defence = Defence.Waive }),
        ("PP-HEALTH-CERT", G with { Kind = Kind.SummaryFine }),
        ("PP-DISINFECTION", G with { Kind = Kind.NoPenalty }),
        ("S-LIGHTING", G with { Defence = Defence.Waive }),
        ("O-EXAM", G with { Defence = Defence.Hearing, Fine = 0 }),
    ];

    // ------------------------------------------------------------------ one case

    private DemoCasePlan Build(string key, DemoViolation v, Options o, DateOnly when, int? endOffset, CaseAction? until, int occurrence)
    {
        var order = _order++;
        var party = NextParty(v);
        if (o.Kind == Kind.SummaryFine && (party.PartyKind == PartyKind.Individual ? v.SummaryFineIndividual : v.SummaryFineOrganization) == 0)
        {
            // The provision's fine is above the summary limit for this party (R-PEN-23): the general procedure applies.
            o = o with { Kind = Kind.General, Defence = Defence.Waive };
        }

        var (lead, officerIds, officerNames) = Handlers(v, party, order);
        var terms = Terms(v, o, party);
        var hearingRight = terms is not null && _thresholds.HearingTriggers(terms, party.PartyKind).Count > 0;
        var steps = Steps(key, v, o, party, terms, hearingRight, officerIds);
        if (until is { } stop)
        {
            var seen = 0;
            var last = steps.FindIndex(s => s.Action == stop && ++seen == occurrence);
            if (last < 0)
            {
                throw new InvalidOperationException($"Demo case {key} has no step {stop} #{occurrence}.");
            }

            steps = steps[..(last + 1)];
        }

        var offsets = new List<int>();
        foreach (var s in steps)
        {
            offsets.Add((offsets.Count == 0 ? 0 : offsets[^1]) + s.Gap);
        }

        // In progress: the last step lies endOffset working days before the anchor. Closed: from the start date on,
        // unless that would run past the anchor, in which case the case ends just before it.
        var lastAllowed = DemoTimeline.AddWorkingDays(_calendar, _anchor, -(endOffset ?? 2));
        var first = endOffset is null ? DemoTimeline.AddWorkingDays(_calendar, when, 0) : DemoTimeline.AddWorkingDays(_calendar, lastAllowed, -offsets[^1]);
        if (DemoTimeline.AddWorkingDays(_calendar, first, offsets[^1]) > lastAllowed)
        {
            first = DemoTimeline.AddWorkingDays(_calendar, lastAllowed, -offsets[^1]);
        }

        return new DemoCasePlan
        {
            Key = key,
            Order = order,
            Staff = _staff,
            Party = party,
            Violation = v,
            Lead = lead,
            OfficerIds = officerIds,
            OfficerNames = officerNames,
            Steps = steps,
            Dates = [.. offsets.Select(n => DemoTimeline.AddWorkingDays(_calendar, first, n))],
        };
    }

    /// <summary>The next party of the violation's kind, rotating through the register so cases spread over many entities.</summary>
    private RegulatedEntity NextParty(DemoViolation v)
    {
        var pool = _entities.GetValueOrDefault(v.PartySpecialty) ?? _entities[Specialty.PublicPlaces];
        var preferred = pool.Where(e => v.PartySubTypes.Contains(e.SubType)).ToList();
        var candidates = preferred.Concat(pool.Except(preferred)).ToList();
        var n = _nextParty.GetValueOrDefault(v.PartySpecialty);
        _nextParty[v.PartySpecialty] = n + 1;
        return candidates[(n + (_bureauIndex * 3)) % candidates.Count];
    }

    /// <summary>
    /// Two handlers (R-PEN-12): the officer with an account for the specialty leads, the other is taken in turn from the
    /// bureau's other officers; neither may have declared a conflict with the party (recusal).
    /// </summary>
    private (Actor Lead, IReadOnlyList<Guid> Ids, IReadOnlyList<string> Names) Handlers(DemoViolation v, RegulatedEntity party, int order)
    {
        bool Free(Officer o) => !o.EligibilityOn(_anchor, null, party.Id).Has(EligibilityCodes.ConflictOfInterest);
        var withAccount = _officers.Where(o => o.Actor is not null && Free(o.Officer)).ToList();
        var medical = v.Specialty is Specialty.MedicalCare or Specialty.InfectiousDisease;
        var lead = withAccount.Count == 1 ? withAccount[0] : withAccount[medical ? 1 : 0];
        var partners = _officers.Where(o => o.Officer.Id != lead.Officer.Id && Free(o.Officer)).ToList();
        var partner = partners[order % partners.Count];
        return (lead.Actor!, [lead.Officer.Id, partner.Officer.Id], [lead.Officer.Name, partner.Officer.Name]);
    }

    /// <summary>The intended penalty: a fine the party kind makes plausible (below the hearing amount for individuals where the provision allows it).</summary>
    private PenaltyTerms? Terms(DemoViolation v, Options o, RegulatedEntity party)
    {
        var individual = party.PartyKind == PartyKind.Individual;
        switch (o.Kind)
        {
            case Kind.NoPenalty or Kind.NotFiled or Kind.Withdrawn or Kind.Transferred:
                return null;
            case Kind.SummaryWarning:
                return PenaltyTerms.Create(["Warning"], null, null, null, null, null);
            case Kind.SummaryFine:
                var small = individual ? v.SummaryFineIndividual : v.SummaryFineOrganization;
                return PenaltyTerms.Create(v.Warning ? ["Warning"] : [], small > 0 ? small : null, null, null, null, null);
        }

        decimal? fine = null;
        if (v.Fines.Length > 0 && (o.WithFine || !v.WarningAlone))
        {
            fine = v.Fines[o.Fine % v.Fines.Length];
            var threshold = _thresholds.HearingThreshold(party.PartyKind);
            if (individual && fine >= threshold && v.Fines.Any(f => f < threshold))
            {
                fine = v.Fines.Where(f => f < threshold).Max();
            }
        }

        return PenaltyTerms.Create(
            v.Warning ? ["Warning"] : [], fine, v.ConfiscatedGains > 0 ? v.ConfiscatedGains : null, v.ConfiscatedProperty,
            v.ConfiscatedPropertyValue > 0 ? v.ConfiscatedPropertyValue : null, v.OtherMeasures);
    }

    // ------------------------------------------------------------------ steps

    private List<DemoCaseStep> Steps(string key, DemoViolation v, Options o, RegulatedEntity party, PenaltyTerms? terms, bool hearingRight, IReadOnlyList<Guid> officers)
    {
        var steps = new List<DemoCaseStep>();
        void Add(int gap, DemoRole role, CaseAction action, Func<DemoStepContext, object> command) => steps.Add(new DemoCaseStep(gap, role, action, command));
        var actDays = v.ContinuingDays > 0 ? v.ContinuingDays + (Hash(key) % 30) : 1 + (Hash(key) % 10);
        var text = new DemoTexts(party, actDays);
        var withAv = Hash(key + _staff.Bureau.Prefix) % 9 != 0;

        Add(0, DemoRole.Lead, CaseAction.RegisterLead, c => new RegisterLead(
            party.Id, o.Source.ToString(), SourceReference(o.Source, c.Date, c.Case.Order), v.Specialty.ToString(), v.Cause,
            text.Fill(o.Source == CaseSource.Complaint ? "群众举报反映{当事人}" + v.Cause + "，执法人员赴现场核查。" : "执法人员在日常监督检查中发现{当事人}涉嫌" + v.Cause + "。", c),
            c.Date, c.Date, null));
        Add(0, DemoRole.Lead, CaseAction.RecordOnSiteAct, c => OnSite(c, "OnSiteInspection", "现场检查笔录", party.Address, party.LegalRepresentative ?? party.Name,
            o.Kind == Kind.NotFiled ? text.Fill("经现场核查，{当事人}持有有效的卫生许可证，从业人员均持有有效健康合格证明，现场未发现举报反映的问题。", c) : text.Fill(v.Finding, c), withAv));

        if (o.Kind == Kind.NotFiled)
        {
            Add(1, DemoRole.Head, CaseAction.DeclineFiling, c => new DeclineFiling(c.Id, "经现场核查，举报反映的问题不属实，未发现违法事实，不予立案。已将核查结果答复举报人。"));
            Add(3, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
            return steps;
        }

        if (o.Kind is Kind.SummaryWarning or Kind.SummaryFine)
        {
            var t = terms!;
            Add(0, DemoRole.Lead, CaseAction.DecideSummarily, c => new DecideSummarily(
                c.Id, officers, [.. t.Measures.Select(m => m.ToString())], t.Fine > 0 ? t.Fine : null, text.Fill(v.Facts, c), v.Violated, v.Basis, c.Case.Order % 5 != 0));
            if (t.Fine > 0)
            {
                Add(3, DemoRole.Lead, CaseAction.RecordPayment, c => new RecordPayment(c.Id, "Fine", t.Fine, c.Date, Receipt(c)));
                Add(0, DemoRole.Lead, CaseAction.ConfirmExecution, c => new ConfirmExecution(c.Id, $"当事人已于{c.Date:yyyy年M月d日}通过银行缴纳罚款{t.Fine:0}元"));
                Add(1, DemoRole.Lead, CaseAction.FileSummaryRecord, c => new FileSummaryRecord(c.Id));
            }
            else
            {
                Add(1, DemoRole.Lead, CaseAction.FileSummaryRecord, c => new FileSummaryRecord(c.Id));
                Add(0, DemoRole.Lead, CaseAction.ConfirmExecution, c => new ConfirmExecution(c.Id, "警告已当场宣告并交付决定书，当事人已当场改正"));
            }

            Add(2, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(c.Id, $"简易程序当场作出{t.Describe()}的决定，已交付当事人并报备案，执行完毕，同意结案。"));
            Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
            return steps;
        }

        Add(1, DemoRole.Lead, CaseAction.RequestFiling, c => new RequestFiling(
            c.Id, officers, c.Case.ReceivedOn.AddDays(-actDays), v.ContinuingDays > 0 ? c.Case.ReceivedOn : null, false,
            text.Fill("经初步核查，{当事人}涉嫌" + v.Cause + "，违反了" + v.Violated + "的规定，符合立案条件，建议立案调查，由" + string.Join("、", c.Case.OfficerNames) + "承办。", c)));
        Add(1, DemoRole.Head, CaseAction.ApproveFiling, c => new ApproveFiling(c.Id, $"同意立案，由{string.Join("、", c.Case.OfficerNames)}承办。"));
        if (o.Preservation)
        {
            Add(0, DemoRole.Lead, CaseAction.RequestPreservation, c => new RequestPreservation(
                c.Id, v.ConfiscatedProperty ?? "涉案药品、器械一批（详见物品清单）", "本局物证保管室"));
            Add(0, DemoRole.Head, CaseAction.ApprovePreservation, c => new ApprovePreservation(c.Id, c.Case.View!.Preservations[^1].Id));
        }

        Add(2, DemoRole.Lead, CaseAction.RecordOnSiteAct, c => OnSite(c, "Inquiry", "询问笔录", "本局询问室",
            $"{party.LegalRepresentative ?? party.Name}（{party.Name}负责人）", text.Fill(v.Admission, c), withAv));
        Add(0, DemoRole.Lead, CaseAction.AddEvidence, c => new AddEvidence(
            c.Id, "DocumentaryEvidence", "营业执照及负责人身份证明复印件", c.Date, "当事人营业执照副本、负责人身份证复印件，经当事人签字确认与原件一致", null, null));
        if (o.Preservation)
        {
            Add(3, DemoRole.Lead, CaseAction.DisposePreservation, c => new DisposePreservation(
                c.Id, c.Case.View!.Preservations[^1].Id, "经清点核对，先行登记保存的物品系非法执业使用的药品和器械，解除先行登记保存，作为非法财物随案处理，拟在处罚决定中依法没收"));
        }

        if (o.Kind is Kind.Transferred or Kind.ReferralDeclined)
        {
            Add(2, DemoRole.Lead, CaseAction.ProposeReferral, c => new ProposeReferral(c.Id, officers, text.Fill(
                "当事人经营者未取得医师资格，非法开展诊疗活动，" + (o.Kind == Kind.Transferred
                    ? "曾两次因非法行医受到行政处罚后再次非法行医，依据《最高人民法院关于审理非法行医刑事案件具体应用法律若干问题的解释》第二条，涉嫌构成《中华人民共和国刑法》第三百三十六条规定的非法行医罪，建议移送公安机关。"
                    : "有顾客反映注射后出现红肿，是否达到非法行医罪的追诉标准需经审查，提请审批是否移送公安机关。"), c)));
            if (o.Kind == Kind.Transferred)
            {
                var police = _bureauIndex % 2 == 0 ? "永州市公安局冷水滩分局" : "永州市公安局零陵分局";
                Add(1, DemoRole.Head, CaseAction.DecideReferral, c => new DecideReferral(c.Id, true, police, "同意移送，24小时内移送并抄送同级人民检察院。"));
                Add(0, DemoRole.Lead, CaseAction.RecordTransfer, c => new RecordTransfer(
                    c.Id, c.Date, $"{police}受案回执（{c.Date:yyyy}）第{(c.Case.Order % 90) + 10:000}号"));
                Add(15, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(c.Id, "本案已移送公安机关并经其立案侦查，涉案物品已移交，同意结案。"));
                Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
                return steps;
            }

            Add(1, DemoRole.Head, CaseAction.DecideReferral, c => new DecideReferral(
                c.Id, false, null, "经审查，顾客不良反应经诊治已痊愈，现有证据不能证明造成就诊人身体健康严重损害，未达到非法行医罪的追诉标准，不予移送，继续按行政处罚程序办理。"));
        }

        if (o.Kind == Kind.Withdrawn)
        {
            Add(3, DemoRole.Head, CaseAction.Withdraw, c => new Withdraw(
                c.Id, "经进一步调查，举报所指时段当事人尚未开业，涉案行为系该场所原经营者所为，现有证据不能证明当事人实施了该违法行为，违法事实不能成立，撤销立案。"));
            Add(2, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(c.Id, "本案已撤销立案，同意结案。"));
            Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
            return steps;
        }

        if (o.Extension)
        {
            Add(3, DemoRole.Lead, CaseAction.AddEvidence, c => new AddEvidence(
                c.Id, "ExpertOpinion", "水质检验报告", c.Date, "永州市疾病预防控制中心出具的水质检验报告：菌落总数、总大肠菌群不符合《生活饮用水卫生标准》", null, null));
            Add(40, DemoRole.Head, CaseAction.ExtendDecisionPeriod, c => new ExtendDecisionPeriod(
                c.Id, nameof(Money.DecisionExtensionCause.TestingOrAppraisal), 30, "当事人对水质检验结果提出异议并申请复检，复检样品已送省疾病预防控制中心，检验周期较长，需延长办案期限。"));
        }

        var draft = Draft(v, terms);
        Add(o.Extension ? 15 : 3, DemoRole.Lead, CaseAction.ConcludeInvestigation, c => new ConcludeInvestigation(c.Id, draft with { Facts = text.Fill(draft.Facts!, c) }));
        if (terms is null)
        {
            Add(2, DemoRole.Head, CaseAction.DecideNoPenalty, c => new DecideNoPenalty(
                c.Id, "当事人系初次违法，危害后果轻微，并在责令改正期限内改正。已对当事人进行批评教育，并下达卫生监督意见书。", "《中华人民共和国行政处罚法》第三十三条第一款"));
            Add(1, DemoRole.Lead, CaseAction.ServeDecision, c => Serve(c, "Direct"));
            Add(3, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(c.Id, "本案已作出不予行政处罚决定并送达，当事人已整改到位，同意结案。"));
            Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
            return steps;
        }

        // 告知 and defence (R-PEN-15/16/17). Where the party keeps silent, the next act waits for the defence period.
        Add(1, DemoRole.Lead, CaseAction.NotifyParty, c => new NotifyParty(c.Id, c.Date));
        var defence = o.Defence == Defence.Hearing && !hearingRight ? Defence.Waive : o.Defence;
        var wait = 1;
        switch (defence)
        {
            case Defence.Waive:
                Add(1, DemoRole.Lead, CaseAction.RecordStatement, c => new RecordStatement(c.Id, true, null, null, null));
                break;
            case Defence.Statement:
                Add(2, DemoRole.Lead, CaseAction.RecordStatement, c => new RecordStatement(
                    c.Id, false, c.Date, "当事人提出：已于检查后立即整改，系初次违法，请求从轻或者免予处罚。",
                    "经复核，当事人整改属实，但其违法行为不属于依法不予处罚的情形；拟处罚已按从轻档次确定，维持原拟处罚意见。"));
                break;
            case Defence.Hearing:
                Add(2, DemoRole.Lead, CaseAction.RequestHearing, c => new RequestHearing(c.Id, c.Date));
                Add(1, DemoRole.Lead, CaseAction.ScheduleHearing, c => new ScheduleHearing(c.Id, c.WorkingDaysLater(8), "本局听证室", _staff.PresidingUserId, c.Date));
                Add(8, DemoRole.Lead, CaseAction.RecordHearing, c => new RecordHearing(c.Id, c.Date, true, text.Fill(
                    $"听证由{_staff.PresidingName}主持，公开举行。调查人员陈述了{{当事人}}的违法事实、证据、处罚依据和拟处罚意见；当事人及其委托代理人进行了陈述、申辩和质证，认为违法所得计算有误、请求减轻处罚。主持人认为案件事实清楚、证据充分，当事人的申辩理由不足。听证笔录经当事人核对后签字。", c)));
                break;
            default:
                wait = hearingRight ? 6 : 4;
                break;
        }

        // 法制审核 (R-PEN-20: mandatory where the party had a hearing right) and 集体讨论 (R-PEN-19/21).
        var discussion = terms.MoneyDue >= _thresholds.DiscussionThreshold(party.PartyKind)
            || terms.Measures.Any(m => m is PenaltyMeasure.ProductionSuspended or PenaltyMeasure.LicenceRevoked or PenaltyMeasure.Closure);
        if (o.Review || hearingRight || discussion)
        {
            Add(wait, DemoRole.Lead, CaseAction.SubmitForLegalReview, c => new SubmitForLegalReview(c.Id));
            wait = 1;
            if (o.ReturnFirst)
            {
                Add(2, DemoRole.Reviewer, CaseAction.CompleteLegalReview, c => new CompleteLegalReview(
                    c.Id, "Returned", "经审核，本案认定违法所得的证据不足：缺少收费票据原件及当事人对金额的确认，请补充调查后重新提交。"));
                Add(2, DemoRole.Lead, CaseAction.EditDraftDecision, c => new EditDraftDecision(
                    c.Id, draft with { Facts = text.Fill(draft.Facts!, c), EvidenceSummary = draft.EvidenceSummary + "、收费票据原件及当事人签字确认的违法所得计算表" },
                    "按法制审核意见补充违法所得证据"));
                Add(1, DemoRole.Lead, CaseAction.SubmitForLegalReview, c => new SubmitForLegalReview(c.Id));
            }

            Add(2, DemoRole.Reviewer, CaseAction.CompleteLegalReview, c => new CompleteLegalReview(
                c.Id, "Approved", "经审核，本案事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意拟处理意见。"));
            if (o.EditAfterApproval)
            {
                var lighter = v.Fines.Where(f => f < terms.Fine).DefaultIfEmpty(terms.Fine).Max();
                Add(1, DemoRole.Lead, CaseAction.EditDraftDecision, c => new EditDraftDecision(
                    c.Id, draft with { Facts = text.Fill(draft.Facts!, c), Fine = lighter, DiscretionTier = "从轻", DiscretionReasoning = "当事人在告知后提交了已取得卫生许可证的材料，已主动消除违法状态，依据裁量基准调整为从轻档次。" },
                    $"当事人已办结卫生许可证，拟罚款由{terms.Fine:0}元调整为{lighter:0}元"));
                Add(1, DemoRole.Lead, CaseAction.SubmitForLegalReview, c => new SubmitForLegalReview(c.Id));
                Add(2, DemoRole.Reviewer, CaseAction.CompleteLegalReview, c => new CompleteLegalReview(
                    c.Id, "Approved", "经审核，修改后的处理意见事实清楚，裁量适当，同意。"));
            }
        }

        if (discussion)
        {
            Add(2, DemoRole.Head, CaseAction.RecordCollectiveDiscussion, c => new RecordCollectiveDiscussion(
                c.Id, c.Date, "局三楼会议室", _staff.Leaders, [],
                [.. _staff.Leaders.Select((p, i) => new DiscussionOpinion(p, i == 0 ? "同意承办人意见和法制审核意见" : i == 1 ? "同意，建议同时做好以案释法" : "同意"))],
                $"经集体讨论，一致同意对当事人作出{terms.Describe()}的行政处罚。"));
            wait = 1;
        }

        Add(wait, DemoRole.Head, CaseAction.DecidePenalty, c => new DecidePenalty(c.Id));
        Add(1, DemoRole.Lead, CaseAction.ServeDecision, c => Serve(c, o.Service));

        var paid = new List<string>();
        // The bank's receipt reaches the officer some days after the party paid: the payment is dated on or before the
        // day it is due (R-PEN-26), so no demo party who "paid" owes a late surcharge whatever holidays the plan crosses.
        void Pay(int gap, string kind, decimal amount) => Add(gap, DemoRole.Lead, CaseAction.RecordPayment, c => new RecordPayment(
            c.Id, kind, amount, c.Case.View!.Money?.PaymentDue is { } due && due < c.Date ? due : c.Date, Receipt(c)));
        var payGap = 5;
        switch (o.Payment)
        {
            case Payment.Reminder:
                Add(20, DemoRole.Lead, CaseAction.SendPaymentReminder, c => new SendPaymentReminder(c.Id, c.Date));
                return steps;
            case Payment.Court:
                // R-PEN-28: the court is asked only after the 6-month litigation period has run, a written 催告 first.
                Add(125, DemoRole.Lead, CaseAction.SendPaymentReminder, c => new SendPaymentReminder(c.Id, c.Date));
                Add(12, DemoRole.Head, CaseAction.ApplyCourtEnforcement, c => new ApplyCourtEnforcement(c.Id, _bureauIndex % 2 == 0 ? "永州市冷水滩区人民法院" : "永州市零陵区人民法院"));
                Add(15, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(c.Id, "当事人逾期不缴纳罚款，经书面催告仍未履行，已申请人民法院强制执行，法院已受理，同意结案。"));
                Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
                return steps;
            case Payment.Instalments:
                var due = terms.MoneyDue;
                var part = decimal.Floor(due / 3);
                // Each instalment falls due a few days after the working day its payment is recorded, holidays included.
                Add(3, DemoRole.Head, CaseAction.GrantPaymentPlan, c =>
                {
                    var first = DemoTimeline.AddWorkingDays(c.Calendar, c.Date, 5);
                    var second = DemoTimeline.AddWorkingDays(c.Calendar, first, 21);
                    var third = DemoTimeline.AddWorkingDays(c.Calendar, second, 21);
                    return new GrantPaymentPlan(
                        c.Id, [new(first.AddDays(3), part), new(second.AddDays(3), part), new(third.AddDays(3), due - (2 * part))],
                        "当事人因经营困难书面申请分期缴纳，经审查情况属实，同意分三期缴纳。");
                });
                Pay(5, "Fine", part);
                Pay(21, "Fine", part);
                Pay(21, "Fine", due - (2 * part));
                payGap = -1;
                break;
            case Payment.Remedy:
                Add(45, DemoRole.Lead, CaseAction.RecordRemedyProceeding, c => new RecordRemedyProceeding(
                    c.Id, nameof(RemedyKind.Reconsideration), c.Case.View!.ServedOn!.Value.AddDays(12), c.Case.View.ServedOn.Value.AddDays(58),
                    $"当事人向永州市人民政府申请行政复议，复议机关决定维持（永政复决字〔{c.Date:yyyy}〕第{(c.Case.Order % 40) + 3}号）"));
                payGap = 3;
                break;
        }

        if (payGap >= 0)
        {
            if (terms.Fine > 0)
            {
                Pay(payGap, "Fine", terms.Fine);
            }

            if (terms.ConfiscatedGains > 0)
            {
                Pay(terms.Fine > 0 ? 0 : payGap, "ConfiscatedGains", terms.ConfiscatedGains);
            }
        }

        Add(terms.MoneyDue > 0 ? 1 : 3, DemoRole.Lead, CaseAction.ConfirmExecution, c => new ConfirmExecution(
            c.Id, terms.MoneyDue > 0 ? $"当事人已缴清罚没款{terms.MoneyDue:0}元" + (terms.ConfiscatedProperty is null ? "" : "，没收的物品已登记入库") : "警告决定已送达，当事人已整改"));
        Add(3, DemoRole.Head, CaseAction.CloseCase, c => new CloseCase(
            c.Id, $"本案于{c.Case.View!.DecidedOn:yyyy年M月d日}作出{terms.Describe()}的处罚决定并依法送达，当事人已履行完毕，同意结案。"));
        Add(5, DemoRole.Lead, CaseAction.ArchiveCase, c => new ArchiveCase(c.Id));
        return steps;
    }

    private static DraftInput Draft(DemoViolation v, PenaltyTerms? terms)
    {
        var lowest = terms is null || terms.Fine == 0 || v.Fines.Length == 0 || terms.Fine <= v.Fines.Min();
        var tier = terms is null ? null : lowest ? "从轻" : terms.Fine >= v.Fines.Max() && v.Fines.Length > 1 ? "从重" : "一般";
        var reasoning = tier switch
        {
            null => "当事人系初次违法，危害后果轻微，已在责令改正期限内改正，符合首违不罚条件。",
            "从轻" => "当事人系初次违法，主动配合调查，并已按卫生监督意见书要求改正，依据《湖南省卫生健康行政处罚裁量权基准》相应条目在法定幅度内从轻处罚。",
            "从重" => "当事人违法行为持续时间较长、涉及顾客人数较多，经责令改正后仍未及时改正，依据《湖南省卫生健康行政处罚裁量权基准》相应条目按从重档次处罚。",
            _ => "当事人违法行为持续一定时间但未造成危害后果，依据《湖南省卫生健康行政处罚裁量权基准》相应条目按一般档次处罚。",
        };
        return new DraftInput(
            v.Facts, v.Evidence, v.Violated, terms is null ? null : v.Basis, terms is null,
            terms is null ? null : [.. terms.Measures.Select(m => m.ToString())], terms?.Fine > 0 ? terms.Fine : null,
            terms?.ConfiscatedGains > 0 ? terms.ConfiscatedGains : null, terms?.ConfiscatedProperty,
            terms?.ConfiscatedPropertyValue > 0 ? terms.ConfiscatedPropertyValue : null, terms?.OtherMeasures,
            null, tier, reasoning, null);
    }

    private static RecordOnSiteAct OnSite(DemoStepContext c, string kind, string title, string place, string subject, string content, bool withAv) => new(
        c.Id, kind, title, c.Date, place, c.Case.OfficerIds, subject, content, null, null, true,
        withAv ? AvDigest(c, kind) : null, withAv ? null : "执法记录仪电量耗尽未能录像，已以现场照片和笔录记录，并附情况说明");

    /// <summary>
    /// The SHA-256 the recording is referenced by. The platform has no file store yet, so the demo has no video files:
    /// the digest is that of a text naming the recording (bureau, case, act, date), which identifies it uniquely.
    /// </summary>
    private static string AvDigest(DemoStepContext c, string kind) => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes($"执法记录仪音像记录|{c.Case.Staff.Bureau.Prefix}|{c.Case.View?.Number}|{kind}|{c.Date:yyyy-MM-dd}")));

    private ServeDecision Serve(DemoStepContext c, string method)
    {
        var recipient = c.Case.Party.LegalRepresentative ?? c.Case.Party.Name;
        return method switch
        {
            "Post" => new ServeDecision(c.Id, "Post", c.Date, recipient, null, false, "EMS邮寄送达，以回执上注明的收件日期为送达日期"),
            "Electronic" => new ServeDecision(c.Id, "Electronic", c.Date, recipient, null, true, "当事人已签署电子送达地址确认书，送达至其确认的电子邮箱"),
            _ => new ServeDecision(c.Id, "Direct", c.Date, recipient, null, false, _bureauIndex % 2 == 0 ? "直接送达，受送达人在送达回证上签收" : "直接送达，一并送达信用修复告知书"),
        };
    }

    private static string SourceReference(CaseSource source, DateOnly date, int order) => source switch
    {
        CaseSource.Complaint => $"12345热线工单{date:yyyyMMdd}{(order * 37 % 900) + 100:000}",
        CaseSource.Referral => $"永州市市场监督管理局移送函（{date:yyyy}年第{(order % 20) + 1}号）",
        CaseSource.Assigned => "永州市卫生健康委员会专项整治交办",
        _ => $"{date:yyyy}年度日常监督检查",
    };

    private static string Receipt(DemoStepContext c) =>
        $"4311{c.Date:yyyyMMdd}{(c.Case.Order * 131 + (c.Case.View?.Payments.Count ?? 0)) % 10000:0000}";

    private static int Hash(string s) => BitConverter.ToUInt16(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 0);

    /// <summary>The texts of a case with its placeholders filled.</summary>
    private sealed class DemoTexts(RegulatedEntity party, int actDays)
    {
        public string Fill(string text, DemoStepContext c)
        {
            var subType = Specialties.SubTypeName(party.Specialty, party.SubType);
            var act = c.Case.ReceivedOn.AddDays(-actDays);
            return text
                .Replace("{当事人}", party.Name, StringComparison.Ordinal)
                .Replace("{地址}", party.Address, StringComparison.Ordinal)
                .Replace("{类别}", subType, StringComparison.Ordinal)
                .Replace("{起始日}", act.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{受理日}", c.Case.ReceivedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
