namespace Weijian.Platform.Rules;

/// <summary>
/// The one exception type for a violated domain rule (DESIGN principle 5). <see cref="Code"/> is stable
/// (e.g. <c>penalty-case.legal-review-required</c>) and maps to problem details (API), the Chinese
/// <see cref="Exception.Message"/> is shown to users (UI), and the CLI exits with code 2.
/// </summary>
public class DomainRuleException(string code, string message, RuleViolationKind kind = RuleViolationKind.Invalid)
    : Exception(message)
{
    public string Code { get; } = code;

    public RuleViolationKind Kind { get; } = kind;

    /// <summary>Field names the violation is about, if any (shown next to inputs, named in problem details).</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public static DomainRuleException NotFound(string code, string message) => new(code, message, RuleViolationKind.NotFound);

    public static DomainRuleException Forbidden(string code, string message) => new(code, message, RuleViolationKind.Forbidden);

    public static DomainRuleException Unauthorized(string code, string message) => new(code, message, RuleViolationKind.Unauthorized);

    public static DomainRuleException Conflict(string code, string message) => new(code, message, RuleViolationKind.Conflict);
}

/// <summary>How a violation maps to HTTP: 400 invalid, 401 unauthorized, 403 forbidden, 404 not found (also for other tenants' records), 409 conflict.</summary>
public enum RuleViolationKind
{
    Invalid,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
}
