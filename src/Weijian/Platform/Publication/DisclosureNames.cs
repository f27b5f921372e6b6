namespace Weijian.Platform.Publication;

/// <summary>Chinese names of the publication enums and their wire names.</summary>
public static class DisclosureNames
{
    public static string Of(DisclosureKind kind) => kind switch
    {
        DisclosureKind.PenaltyDecision => "行政处罚决定",
        DisclosureKind.LicensingDecision => "行政许可决定",
        DisclosureKind.OtherDecision => "其他执法决定",
        _ => "抽查结果",
    };

    public static string Of(WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.Revoked => "撤销",
        WithdrawalReason.Changed => "变更",
        _ => "确认违法",
    };

    public static WithdrawalReason? ParseReason(string? text) =>
        Enum.GetValues<WithdrawalReason>().Cast<WithdrawalReason?>()
            .FirstOrDefault(r => string.Equals(r.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase) || Of(r!.Value) == text?.Trim());

    public static DisclosureKind? ParseKind(string? text) =>
        Enum.GetValues<DisclosureKind>().Cast<DisclosureKind?>()
            .FirstOrDefault(k => string.Equals(k.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase) || Of(k!.Value) == text?.Trim());
}
