using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Tests.Registry.Officers;

/// <summary>The officer aggregate as pure domain: the eligibility answer (R-OFF-1, R-OFF-3, R-PEN-12), validation, training totals (R-OFF-4).</summary>
public sealed class OfficerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly Guid Org = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Entity = Guid.Parse("0193a000-0000-7000-8000-0000000000e1");
    private static readonly Guid OtherEntity = Guid.Parse("0193a000-0000-7000-8000-0000000000e2");

    private static OfficerDetails Credentialed(params Specialty[] specialties) => new(
        "王丽华", null, "湘卫执2024010123", "湖南省人民政府", "卫生健康", "永州市冷水滩区",
        new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), specialties, null);

    private static Officer NewOfficer(params Specialty[] specialties) => Officer.Register(Org, Credentialed(specialties), Now);

    private static string[] Codes(OfficerEligibility e) => [.. e.Reasons.Select(r => r.Code)];

    [Fact]
    public void An_active_officer_with_a_valid_credential_and_the_specialty_is_eligible_on_every_day_of_the_validity()
    {
        var officer = NewOfficer(Specialty.PublicPlaces);
        foreach (var day in new[] { new DateOnly(2024, 1, 1), Today, new DateOnly(2028, 12, 31) })
        {
            var answer = officer.EligibilityOn(day, Specialty.PublicPlaces);
            answer.Eligible.ShouldBeTrue(day.ToString("O", null));
            answer.Reasons.ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_credential_is_not_yet_valid_before_its_start_and_expired_after_its_end()
    {
        var officer = NewOfficer(Specialty.PublicPlaces);
        Codes(officer.EligibilityOn(new DateOnly(2023, 12, 31))).ShouldBe([EligibilityCodes.CredentialNotYetValid]);
        var expired = officer.EligibilityOn(new DateOnly(2029, 1, 1));
        Codes(expired).ShouldBe([EligibilityCodes.CredentialExpired]);
        expired.Reasons[0].Message.ShouldBe("执法证湘卫执2024010123已于2028-12-31到期，2029-01-01不在有效期内");
    }

    [Fact]
    public void A_specialty_the_officer_does_not_work_is_a_reason_named_in_chinese()
    {
        var answer = NewOfficer(Specialty.PublicPlaces, Specialty.DrinkingWater).EligibilityOn(Today, Specialty.RadiationHealth);
        answer.Eligible.ShouldBeFalse();
        answer.Reasons.ShouldBe([new EligibilityReason(EligibilityCodes.SpecialtyNotHeld, "未登记“放射卫生”执法专业")]);
    }

    [Fact]
    public void R_off_3_staff_without_a_credential_are_never_eligible()
    {
        var auxiliary = Officer.Register(Org, new OfficerDetails("雷小军", null, null, null, null, null, null, null, [Specialty.PublicPlaces], null), Now);
        Codes(auxiliary.EligibilityOn(Today, Specialty.PublicPlaces)).ShouldBe([EligibilityCodes.NoCredential]);
        auxiliary.ValidityOn(Today).ShouldBe(CredentialValidity.None);
    }

    [Fact]
    public void Suspended_and_revoked_officers_are_not_eligible_until_restored()
    {
        var officer = NewOfficer(Specialty.MedicalCare);
        officer.ChangeStatus(OfficerStatus.Suspended, "年度考核不合格", Today, Now);
        var answer = officer.EligibilityOn(Today, Specialty.MedicalCare);
        Codes(answer).ShouldBe([EligibilityCodes.NotActive]);
        answer.Reasons[0].Message.ShouldContain("暂扣");
        answer.Reasons[0].Message.ShouldContain("年度考核不合格");

        officer.ChangeStatus(OfficerStatus.Revoked, "调离执法岗位", Today, Now);
        Codes(officer.EligibilityOn(Today)).ShouldBe([EligibilityCodes.NotActive]);
        officer.ChangeStatus(OfficerStatus.Active, "重新核发执法证", Today, Now);
        officer.EligibilityOn(Today).Eligible.ShouldBeTrue();
    }

    [Fact]
    public void A_status_change_needs_a_reason_and_a_different_status()
    {
        var officer = NewOfficer();
        Should.Throw<DomainRuleException>(() => officer.ChangeStatus(OfficerStatus.Suspended, " ", Today, Now)).Fields.ShouldBe(["reason"]);
        Should.Throw<DomainRuleException>(() => officer.ChangeStatus(OfficerStatus.Active, "重复", Today, Now)).Code.ShouldBe("officer.status-unchanged");
        officer.Status.ShouldBe(OfficerStatus.Active);
    }

    [Fact]
    public void R_pen_12_a_declared_conflict_blocks_that_entity_only_and_a_withdrawn_one_no_longer_blocks()
    {
        var officer = NewOfficer(Specialty.MedicalCare);
        var conflict = officer.DeclareConflict(Entity, "永州市冷水滩区某某诊所", ConflictRelation.Relative, new DateOnly(2026, 1, 5), "配偶在该单位任职", Today, Now);

        var blocked = officer.EligibilityOn(Today, Specialty.MedicalCare, Entity);
        Codes(blocked).ShouldBe([EligibilityCodes.ConflictOfInterest]);
        blocked.Reasons[0].Message.ShouldBe("已申报与“永州市冷水滩区某某诊所”存在利害关系（亲属），应当回避（R-PEN-12）");
        officer.EligibilityOn(Today, Specialty.MedicalCare, OtherEntity).Eligible.ShouldBeTrue();
        officer.EligibilityOn(Today, Specialty.MedicalCare).Eligible.ShouldBeTrue();

        Should.Throw<DomainRuleException>(() => officer.DeclareConflict(Entity, "同一单位", ConflictRelation.Other, null, "再次申报", Today, Now))
            .Code.ShouldBe("officer.conflict-already-declared");

        officer.WithdrawConflict(conflict.Id, "配偶已离职", null, Today, Now);
        officer.EligibilityOn(Today, Specialty.MedicalCare, Entity).Eligible.ShouldBeTrue();
        conflict.IsInForce.ShouldBeFalse();
        conflict.WithdrawnOn.ShouldBe(Today);
        officer.Conflicts.Count.ShouldBe(1);
        Should.Throw<DomainRuleException>(() => officer.WithdrawConflict(conflict.Id, "再撤一次", null, Today, Now)).Code.ShouldBe("officer.conflict-already-withdrawn");

        // After withdrawal the relation may be declared again.
        officer.DeclareConflict(Entity, "永州市冷水滩区某某诊所", ConflictRelation.FormerEmployer, null, "曾在该单位工作", Today, Now);
        Codes(officer.EligibilityOn(Today, null, Entity)).ShouldBe([EligibilityCodes.ConflictOfInterest]);
    }

    [Fact]
    public void Every_reason_that_applies_is_listed_in_a_stable_order()
    {
        var officer = NewOfficer(Specialty.PublicPlaces);
        officer.DeclareConflict(Entity, "某宾馆", ConflictRelation.Other, null, "朋友经营", Today, Now);
        officer.ChangeStatus(OfficerStatus.Suspended, "暂扣", Today, Now);
        Codes(officer.EligibilityOn(new DateOnly(2029, 3, 1), Specialty.SchoolHealth, Entity)).ShouldBe(
        [
            EligibilityCodes.CredentialExpired, EligibilityCodes.NotActive, EligibilityCodes.SpecialtyNotHeld, EligibilityCodes.ConflictOfInterest,
        ]);
    }

    [Fact]
    public void Credential_validity_shows_expiring_soon_within_the_window()
    {
        var officer = NewOfficer();
        officer.ValidityOn(new DateOnly(2023, 6, 1)).ShouldBe(CredentialValidity.NotYetValid);
        officer.ValidityOn(Today).ShouldBe(CredentialValidity.Valid);
        officer.ValidityOn(new DateOnly(2028, 10, 2)).ShouldBe(CredentialValidity.ExpiringSoon);
        officer.ValidityOn(new DateOnly(2028, 12, 31)).ShouldBe(CredentialValidity.ExpiringSoon);
        officer.ValidityOn(new DateOnly(2029, 1, 1)).ShouldBe(CredentialValidity.Expired);
        OfficerNames.Of(CredentialValidity.ExpiringSoon).ShouldBe("即将到期");
    }

    [Fact]
    public void R_off_4_training_hours_are_totalled_per_calendar_year()
    {
        var officer = NewOfficer();
        officer.AddTraining("公共法律知识培训", "湖南省司法厅", new DateOnly(2025, 12, 31), 24m, Today, Now);
        officer.AddTraining("执法业务培训班", null, new DateOnly(2026, 1, 1), 16.5m, Today, Now);
        officer.AddTraining("行政处罚法专题", "永州市司法局", new DateOnly(2026, 5, 20), 8m, Today, Now);
        officer.TrainingHoursIn(2025).ShouldBe(24m);
        officer.TrainingHoursIn(2026).ShouldBe(24.5m);
        officer.TrainingHoursIn(2024).ShouldBe(0m);

        Should.Throw<DomainRuleException>(() => officer.AddTraining("未来", null, Today.AddDays(1), 8m, Today, Now)).Fields.ShouldBe(["date"]);
        Should.Throw<DomainRuleException>(() => officer.AddTraining("零学时", null, Today, 0m, Today, Now)).Code.ShouldBe("validation.training-hours");
        Should.Throw<DomainRuleException>(() => officer.AddTraining("小数", null, Today, 1.25m, Today, Now)).Code.ShouldBe("validation.training-hours");
        officer.Trainings.Count.ShouldBe(3);
    }

    [Fact]
    public void Particulars_need_an_issuing_authority_and_a_validity_interval_with_a_credential_number()
    {
        Should.Throw<DomainRuleException>(() => (Credentialed() with { IssuingAuthority = " " }).Validated()).Fields.ShouldBe(["issuingAuthority"]);
        Should.Throw<DomainRuleException>(() => (Credentialed() with { ValidFrom = null }).Validated()).Fields.ShouldBe(["validFrom"]);
        var order = Should.Throw<DomainRuleException>(() => (Credentialed() with { ValidUntil = new DateOnly(2023, 1, 1) }).Validated());
        order.Code.ShouldBe("validation.date-order");
        Should.Throw<DomainRuleException>(() => (Credentialed() with { CredentialNumber = "湘卫执 2024" }).Validated()).Code.ShouldBe("validation.credential-number");
        Should.Throw<DomainRuleException>(() => (Credentialed() with { CredentialNumber = null }).Validated()).Code.ShouldBe("validation.credential-number-required");
        Should.Throw<DomainRuleException>(() => (Credentialed() with { Name = "" }).Validated()).Fields.ShouldBe(["name"]);
    }

    [Fact]
    public void Specialties_parse_from_codes_or_chinese_names_and_are_kept_once_in_catalogue_order()
    {
        OfficerDetails.ParseSpecialties(["医疗卫生", "PublicPlaces", " ", "公共场所"]).ShouldBe([Specialty.MedicalCare, Specialty.PublicPlaces, Specialty.PublicPlaces]);
        var details = (Credentialed() with { Specialties = [Specialty.MedicalCare, Specialty.PublicPlaces, Specialty.PublicPlaces] }).Validated();
        details.Specialties.ShouldBe([Specialty.PublicPlaces, Specialty.MedicalCare]);
        Should.Throw<DomainRuleException>(() => OfficerDetails.ParseSpecialties(["牙科"])).Fields.ShouldBe(["specialties"]);
    }

    [Fact]
    public void An_update_with_the_same_particulars_changes_nothing()
    {
        var officer = NewOfficer(Specialty.PublicPlaces, Specialty.DrinkingWater);
        var later = Now.AddDays(3);
        officer.Update(Credentialed(Specialty.DrinkingWater, Specialty.PublicPlaces) with { Name = " 王丽华 " }, later).ShouldBeFalse();
        officer.UpdatedAt.ShouldBe(Now);
        officer.Update(Credentialed(Specialty.DrinkingWater) with { ValidUntil = new DateOnly(2029, 12, 31) }, later).ShouldBeTrue();
        officer.UpdatedAt.ShouldBe(later);
        officer.Specialties.ShouldBe([Specialty.DrinkingWater]);
        officer.EligibilityOn(new DateOnly(2029, 6, 1), Specialty.DrinkingWater).Eligible.ShouldBeTrue();
    }

    [Fact]
    public void R_pen_20_the_legal_qualification_is_recorded_with_number_and_date()
    {
        var officer = NewOfficer();
        officer.HasLegalQualification.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => officer.RecordLegalQualification("A2018-01", new DateOnly(2018, 12, 20), Today, Now)).Fields.ShouldBe(["certificateNumber"]);
        Should.Throw<DomainRuleException>(() => officer.RecordLegalQualification("A20184311030123", Today.AddDays(1), Today, Now)).Fields.ShouldBe(["obtainedOn"]);
        officer.RecordLegalQualification("A20184311030123", new DateOnly(2018, 12, 20), Today, Now);
        officer.HasLegalQualification.ShouldBeTrue();
        officer.LegalQualificationDate.ShouldBe(new DateOnly(2018, 12, 20));
    }

    [Fact]
    public void Exams_record_name_date_score_and_result()
    {
        var officer = NewOfficer();
        var exam = officer.AddExam("行政执法资格考试", new DateOnly(2023, 10, 20), 86.5m, true, Today, Now);
        exam.Passed.ShouldBeTrue();
        officer.Exams.ShouldHaveSingleItem().Score.ShouldBe(86.5m);
        Should.Throw<DomainRuleException>(() => officer.AddExam("成绩错", Today, 101m, false, Today, Now)).Fields.ShouldBe(["score"]);
        Should.Throw<DomainRuleException>(() => officer.AddExam("缺结果", Today, 60m, null, Today, Now)).Fields.ShouldBe(["passed"]);
    }
}
