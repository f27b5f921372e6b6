using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Publication;

/// <summary>行政执法公示的类别 (R-TRS-4): penalty and licensing decisions within 7 working days, others within 20.</summary>
public enum DisclosureKind
{
    PenaltyDecision,
    LicensingDecision,
    OtherDecision,
    InspectionResult,
}

/// <summary>撤回原因 (R-PEN-32): the decision was revoked, changed, or found unlawful (or void).</summary>
public enum WithdrawalReason
{
    Revoked,
    Changed,
    FoundUnlawful,
}

/// <summary>A public line of the disclosure (label and redacted value), e.g. 违法事实 / 处罚内容.</summary>
public sealed record DisclosureField(string Label, string Value);

/// <summary>
/// 行政执法公示 (R-TRS-4 事后公开): one record per decision that must be published. The content is redacted when the
/// record is scheduled (<see cref="Redaction"/>): a natural person's name is masked and ID numbers, phones and home
/// addresses never enter it. Withdrawal (R-PEN-32) keeps the record, marked 已撤回 with the reason, its content no
/// longer shown; the retention sweep (R-TRS-5) takes it offline at <see cref="RetentionEnd"/>.
/// </summary>
public sealed class EnforcementDisclosure : ITenantOwned
{
    public const int TextMax = 2000;

    private EnforcementDisclosure()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DisclosureKind Kind { get; private set; }

    /// <summary>The record the decision belongs to, e.g. <c>PenaltyCase</c> / its id.</summary>
    public string SourceType { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public string DecisionNumber { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    /// <summary>The party as published: a natural person's name already masked.</summary>
    public string PartyName { get; private set; } = "";

    public bool PartyIsNaturalPerson { get; private set; }

    /// <summary>统一社会信用代码 of an organisation (public by law); empty for a natural person.</summary>
    public string PartyCreditCode { get; private set; } = "";

    public string FieldsJson { get; private set; } = "[]";

    /// <summary>The issued decision document, verifiable at <c>/verify/{id}</c>.</summary>
    public Guid? DocumentId { get; private set; }

    public DateOnly Due { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? PublishedBy { get; private set; }

    public WithdrawalReason? WithdrawalReason { get; private set; }

    public string? WithdrawalText { get; private set; }

    public DateOnly? WithdrawalRequestedOn { get; private set; }

    public DateOnly? WithdrawalDue { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>R-TRS-5: the last day the record stays online (set when published).</summary>
    public DateOnly? RetentionEnd { get; private set; }

    public DateOnly? OfflineOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<DisclosureField> Fields => ChildRecordsJson.List<DisclosureField>(FieldsJson);

    public bool PublishedLate => PublishedOn is { } p && p > Due;

    public bool WithdrawnLate => WithdrawnOn is { } w && WithdrawalDue is { } d && w > d;

    /// <summary>Visible on the public pages: published, not taken offline by retention. Withdrawn ones stay listed with their reason.</summary>
    public bool IsPublic => PublishedOn is not null && OfflineOn is null;

    public static EnforcementDisclosure Schedule(
        Guid organizationId, DisclosureKind kind, string sourceType, string sourceId, string decisionNumber, string title, DateOnly decidedOn,
        string partyName, bool naturalPerson, string? partyCreditCode, IEnumerable<DisclosureField> fields, Guid? documentId, DateOnly due, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Kind = kind,
            SourceType = sourceType,
            SourceId = sourceId,
            DecisionNumber = Input.Text(decisionNumber, "decisionNumber", "决定文号", 100),
            Title = Input.Text(title, "title", "公示标题", 200),
            DecidedOn = decidedOn,
            PartyName = Input.Text(partyName, "partyName", "当事人", 200),
            PartyIsNaturalPerson = naturalPerson,
            PartyCreditCode = naturalPerson ? "" : partyCreditCode ?? "",
            FieldsJson = ChildRecordsJson.Write(fields.Select(f => f with { Value = f.Value.Length > TextMax ? f.Value[..TextMax] : f.Value })),
            DocumentId = documentId,
            Due = due,
            CreatedAt = now,
        };

    /// <summary>R-TRS-4: goes public once; a late publication is kept as late. Retention runs from the publication day (R-TRS-5).</summary>
    public void Publish(DateOnly today, int retentionYears, string by)
    {
        if (PublishedOn is not null)
        {
            throw DomainRuleException.Conflict("disclosure.already-published", $"{DecisionNumber}已于{PublishedOn:yyyy-MM-dd}公示");
        }

        if (WithdrawnOn is not null)
        {
            throw DomainRuleException.Conflict("disclosure.withdrawn", $"{DecisionNumber}已撤回，不能再公示");
        }

        PublishedOn = today;
        PublishedBy = by;
        RetentionEnd = today.AddYears(retentionYears);
    }

    /// <summary>R-PEN-32: a revoked, changed or unlawful decision must be taken down by <paramref name="due"/>.</summary>
    public void RequestWithdrawal(WithdrawalReason reason, string text, DateOnly today, DateOnly due)
    {
        if (WithdrawalRequestedOn is not null)
        {
            throw DomainRuleException.Conflict("disclosure.withdrawal-requested", $"{DecisionNumber}已于{WithdrawalRequestedOn:yyyy-MM-dd}申请撤回");
        }

        WithdrawalReason = reason;
        WithdrawalText = Input.Text(text, "text", "撤回理由", 500);
        WithdrawalRequestedOn = today;
        WithdrawalDue = due;
    }

    /// <summary>撤回: the record stays, marked 已撤回 with the reason; its content is no longer shown.</summary>
    public void Withdraw(DateOnly today)
    {
        if (WithdrawalRequestedOn is null)
        {
            throw DomainRuleException.Conflict("disclosure.no-withdrawal-request", $"{DecisionNumber}没有撤回申请");
        }

        if (WithdrawnOn is not null)
        {
            throw DomainRuleException.Conflict("disclosure.already-withdrawn", $"{DecisionNumber}已于{WithdrawnOn:yyyy-MM-dd}撤回");
        }

        WithdrawnOn = today;
    }

    /// <summary>R-TRS-5: the retention period has ended; the record goes offline (kept for the audit trail).</summary>
    public void TakeOffline(DateOnly today)
    {
        if (OfflineOn is not null)
        {
            throw DomainRuleException.Conflict("disclosure.offline", $"{DecisionNumber}已下线");
        }

        OfflineOn = today;
    }
}
