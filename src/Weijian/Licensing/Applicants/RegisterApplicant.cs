using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// 注册申请人账号 (public, no sign-in): mobile phone (the sign-in name), name, 个人/单位, the credit code of a 单位, and a
/// password under the staff password policy. The identity is self-declared (see <see cref="ApplicantAccount"/>).
/// </summary>
public sealed record RegisterApplicant(string? Phone, string? DisplayName, string? Kind, string? CreditCode, string? Password);

public sealed record ApplicantAccountView(Guid Id, string Phone, string DisplayName, string Kind, string KindName, string? CreditCode, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt)
{
    public static ApplicantAccountView From(ApplicantAccount a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Phone, a.DisplayName, a.Kind.ToString(), NameOf(a.Kind), a.CreditCode, a.CreatedAt, a.LastSignInAt);
    }

    public static string NameOf(PartyKind kind) => kind == PartyKind.Organization ? "单位" : "个人";
}

public sealed class RegisterApplicantHandler(WeijianDb db, CurrentActor current, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<ApplicantAccountView> HandleAsync(RegisterApplicant command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var phone = ApplicantAccount.ValidPhone(command.Phone);
        var name = Input.Text(command.DisplayName, "displayName", "姓名或单位名称", ApplicantAccount.NameMax);
        var kind = ApplicantAccount.ValidKind(command.Kind);
        var code = ApplicantAccount.ValidCreditCode(kind, command.CreditCode);
        var password = ApplicantAccount.ValidPassword(command.Password, identity.Value.Password);
        if (await db.Set<ApplicantAccount>().AnyAsync(a => a.Phone == phone, ct))
        {
            throw PhoneTaken();
        }

        var now = clock.GetUtcNow();
        var account = ApplicantAccount.Register(phone, name, kind, code, password, now);
        db.Set<ApplicantAccount>().Add(account);
        current.Value = ApplicantSession.ActorFor(account.Id, account.DisplayName);
        db.Audit(await ApplicantSession.AuditOrganizationAsync(db, ct), ApplicantSession.AuditAction("registered"), ApplicantSession.SubjectType, account.Id.ToString(), new
        {
            Phone = ApplicantAccount.MaskPhone(phone),
            DisplayName = name,
            Kind = ApplicantAccountView.NameOf(kind),
            CreditCode = code,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one number at once: the unique index refused the second.
            throw PhoneTaken();
        }

        return ApplicantAccountView.From(account);
    }

    private static DomainRuleException PhoneTaken() =>
        new("applicant.phone-taken", "该手机号已注册申请人账号，请直接登录", RuleViolationKind.Conflict) { Fields = ["phone"] };
}
