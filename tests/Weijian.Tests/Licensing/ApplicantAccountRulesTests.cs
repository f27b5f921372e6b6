using Microsoft.AspNetCore.Identity;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Licensing;

/// <summary>The pure rules of 申请人账号 (issue #6): phone, kind, credit code, password policy, lockout, the applicant actor, and 到期提醒 (R-LIC-8).</summary>
public sealed class ApplicantAccountRulesTests
{
    /// <summary>The staff policy as the Identity set-up configures it (ADR 0005).</summary>
    private static readonly PasswordOptions Policy = new() { RequiredLength = 8, RequireDigit = true, RequireLowercase = true, RequireUppercase = false, RequireNonAlphanumeric = false };

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("13800000001", "13800000001")]
    [InlineData(" 138 0000 0001 ", "13800000001")]
    [InlineData("199-1234-5678", "19912345678")]
    public void A_mainland_mobile_number_is_accepted_without_separators(string typed, string stored) =>
        ApplicantAccount.ValidPhone(typed).ShouldBe(stored);

    [Theory]
    [InlineData("12800000001")]
    [InlineData("1380000000")]
    [InlineData("138000000012")]
    [InlineData("0746-8888888")]
    [InlineData("phone")]
    public void Anything_else_is_refused_with_the_phone_code(string typed) =>
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidPhone(typed)).Code.ShouldBe("applicant.phone-invalid");

    [Fact]
    public void An_empty_phone_is_required()
    {
        var e = Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidPhone("  "));
        e.Code.ShouldBe("validation.required");
        e.Fields.ShouldBe(["phone"]);
    }

    [Fact]
    public void A_legal_person_needs_a_credit_code_with_the_right_check_character_and_a_natural_person_gives_none()
    {
        var good = CreditCode.Complete("91431103MA4L00012");
        ApplicantAccount.ValidCreditCode(PartyKind.Organization, good.ToLowerInvariant()).ShouldBe(good);
        var wrong = good[..17] + (good[17] == '0' ? '1' : '0');
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidCreditCode(PartyKind.Organization, wrong)).Code.ShouldBe("applicant.credit-code-invalid");
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidCreditCode(PartyKind.Organization, "91431103MA4L0001I")).Code.ShouldBe("applicant.credit-code-invalid");
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidCreditCode(PartyKind.Organization, null)).Code.ShouldBe("validation.required");
        ApplicantAccount.ValidCreditCode(PartyKind.Individual, good).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, PartyKind.Individual)]
    [InlineData("个人", PartyKind.Individual)]
    [InlineData("单位", PartyKind.Organization)]
    [InlineData("Organization", PartyKind.Organization)]
    public void The_kind_is_named_as_on_the_application(string? typed, PartyKind kind) =>
        ApplicantAccount.ValidKind(typed).ShouldBe(kind);

    [Fact]
    public void An_unknown_kind_is_refused() =>
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidKind("公司")).Code.ShouldBe("applicant.kind-invalid");

    [Theory]
    [InlineData("short1")]
    [InlineData("nodigitsatall")]
    [InlineData("12345678901")]
    public void A_password_under_the_staff_policy_is_refused(string password) =>
        Should.Throw<DomainRuleException>(() => ApplicantAccount.ValidPassword(password, Policy)).Code.ShouldBe("applicant.password-weak");

    [Fact]
    public void The_password_is_hashed_checked_and_changed_with_a_new_stamp()
    {
        var a = ApplicantAccount.Register("13800000001", "张三", PartyKind.Individual, "ignored", "applicant-pass-1", Now);
        a.PasswordHash.ShouldNotContain("applicant-pass-1");
        a.CreditCode.ShouldBeNull();
        a.CheckPassword("applicant-pass-1").ShouldBeTrue();
        a.CheckPassword("applicant-pass-2").ShouldBeFalse();
        var stamp = a.SecurityStamp;
        a.ChangePassword("applicant-pass-2", Now);
        a.CheckPassword("applicant-pass-2").ShouldBeTrue();
        a.CheckPassword("applicant-pass-1").ShouldBeFalse();
        a.SecurityStamp.ShouldNotBe(stamp);
    }

    [Fact]
    public void The_fifth_failure_locks_the_account_for_the_lockout_period_and_a_sign_in_resets_the_count()
    {
        var a = ApplicantAccount.Register("13800000001", "张三", PartyKind.Individual, null, "applicant-pass-1", Now);
        for (var i = 1; i < 5; i++)
        {
            a.SignInFailed(5, TimeSpan.FromMinutes(15), Now).ShouldBeFalse($"failure {i}");
        }

        a.SignInFailed(5, TimeSpan.FromMinutes(15), Now).ShouldBeTrue();
        a.IsLockedOut(Now.AddMinutes(14)).ShouldBeTrue();
        a.IsLockedOut(Now.AddMinutes(15)).ShouldBeFalse();
        a.SignInFailed(5, TimeSpan.FromMinutes(15), Now.AddMinutes(16)).ShouldBeFalse(); // counting starts again
        a.SignedIn(Now.AddMinutes(17));
        a.FailedSignIns.ShouldBe(0);
        a.LastSignInAt.ShouldBe(Now.AddMinutes(17));
    }

    [Fact]
    public void Only_an_applicant_actor_is_an_applicant()
    {
        var id = Guid.CreateVersion7();
        ApplicantSession.Require(ApplicantSession.ActorFor(id, "张三")).ShouldBe(id);
        var staff = new Actor(id, "张伟", Guid.CreateVersion7(), new HashSet<string> { ApplicantSession.Role, Roles.Officer }, false);
        ApplicantSession.AccountOf(staff).ShouldBeNull(); // a staff user belongs to an organisation
        ApplicantSession.AccountOf(Actor.System()).ShouldBeNull();
        Should.Throw<DomainRuleException>(() => ApplicantSession.Require(Actor.Anonymous)).Code.ShouldBe("applicant.sign-in-required");
        Roles.IsKnown(ApplicantSession.Role).ShouldBeFalse(); // no staff user can be given it
    }

    [Fact]
    public void The_expiry_reminder_shows_from_the_lead_before_the_cut_off_until_the_last_valid_day_R_LIC_8()
    {
        var until = new DateOnly(2026, 9, 30);
        var cutoff = new DateOnly(2026, 8, 31);
        RenewalReminder.For(until, cutoff, 30, new DateOnly(2026, 7, 31)).ShouldBeNull();
        RenewalReminder.For(until, cutoff, 30, new DateOnly(2026, 8, 1))!.ShouldContain("请于2026-08-31前提出延续申请");
        RenewalReminder.For(until, cutoff, 30, cutoff)!.ShouldContain("请于2026-08-31前");
        RenewalReminder.For(until, cutoff, 30, new DateOnly(2026, 9, 1))!.ShouldContain("已过延续申请期限");
        RenewalReminder.For(until, cutoff, 30, until)!.ShouldContain("按新办申请");
        RenewalReminder.For(until, cutoff, 30, until.AddDays(1)).ShouldBeNull();
    }
}
