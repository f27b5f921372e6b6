using Weijian.Platform.Calendar;
using Weijian.Registry.Entities;

namespace Weijian.Credit;

/// <summary>A credit record as staff see it (R-CRD-4: grade, window, repair requests, history).</summary>
public sealed record CreditRecordView(
    Guid Id,
    Guid? EntityId,
    string PartyName,
    PartyKind PartyKind,
    string PartyCreditCode,
    CreditSource Source,
    string SourceName,
    Guid SourceId,
    string SourceNumber,
    DateOnly DecidedOn,
    string Content,
    CreditSeverity? Severity,
    string SeverityName,
    string RuleSetCode,
    string RuleSetName,
    bool Published,
    DateOnly PublishFrom,
    DateOnly? MinUntil,
    DateOnly? MaxUntil,
    CreditRecordStatus Status,
    string StatusName,
    bool PublicToday,
    bool RepairOpen,
    DateOnly? EndedOn,
    string? EndReason,
    IReadOnlyList<CreditRepairRequest> RepairRequests,
    IReadOnlyList<CreditEvent> History)
{
    public static CreditRecordView Of(CreditRecord r, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new CreditRecordView(
            r.Id, r.EntityId, r.PartyName, r.PartyKind, r.PartyCreditCode, r.Source, CreditNames.Of(r.Source), r.SourceId, r.SourceNumber, r.DecidedOn, r.Content,
            r.Severity, CreditRuleSets.ChineseName(r.Severity), r.RuleSetCode, r.RuleSetName, r.Published, r.PublishFrom, r.MinUntil, r.MaxUntil,
            r.Status, CreditNames.Of(r.Status), r.IsPublicOn(today), r.IsPublicOn(today) && (r.MinUntil is not { } min || today >= min), r.EndedOn, r.EndReason,
            r.RepairRequests, r.History);
    }

    public static CreditRecordView Of(CreditRecord r, TimeProvider clock) => Of(r, ChinaClock.Today(clock));
}

/// <summary>A record in publication as the public sees it: natural persons' names masked, no ID number or phone (R-TRS-4/5).</summary>
public sealed record PublicCreditRecordView(
    Guid Id,
    string PartyName,
    string? PartyCreditCode,
    string SourceName,
    string SourceNumber,
    DateOnly DecidedOn,
    string Content,
    string SeverityName,
    DateOnly PublishFrom,
    DateOnly? MinUntil,
    DateOnly? MaxUntil)
{
    public static PublicCreditRecordView Of(CreditRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var person = r.PartyKind == PartyKind.Individual;
        return new PublicCreditRecordView(
            r.Id, person ? CreditNames.MaskPersonName(r.PartyName) : r.PartyName, person ? null : r.PartyCreditCode, CreditNames.Of(r.Source), r.SourceNumber,
            r.DecidedOn, r.Content, CreditRuleSets.ChineseName(r.Severity), r.PublishFrom, r.MinUntil, r.MaxUntil);
    }
}

public static class CreditNames
{
    public static string Of(CreditSource s) => s switch
    {
        CreditSource.Penalty => "行政处罚",
        CreditSource.FalseCommitment => "虚假承诺",
        _ => s.ToString(),
    };

    public static string Of(CreditRecordStatus s) => s switch
    {
        CreditRecordStatus.Publishing => "公示中",
        CreditRecordStatus.NotPublished => "不予公示",
        CreditRecordStatus.Expired => "公示期满",
        CreditRecordStatus.Repaired => "已修复",
        CreditRecordStatus.RevokedOnAppeal => "申诉撤销",
        _ => s.ToString(),
    };

    public static string Of(RepairRequestStatus s) => s switch
    {
        RepairRequestStatus.Pending => "待处理",
        RepairRequestStatus.Approved => "准予修复",
        RepairRequestStatus.Refused => "不予修复",
        _ => s.ToString(),
    };

    /// <summary>The title of the decision document a decided repair request carries (R-CRD-2).</summary>
    public static string DecisionTitle(RepairRequestStatus s) => s == RepairRequestStatus.Approved ? "准予信用修复决定书" : "不予信用修复决定书";

    /// <summary>A natural person's name on public pages: the surname and “某” for the rest (张某, 欧阳某某).</summary>
    public static string MaskPersonName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return trimmed.Length <= 1 ? trimmed + "某" : trimmed[0] + new string('某', Math.Min(trimmed.Length - 1, 2));
    }
}
