using Weijian.Credit;
using static Weijian.Credit.CreditGrading;

namespace Weijian.Tests.Credit;

/// <summary>R-CRD-5 (configured): D / C / B / A from the entity's records on a date.</summary>
public sealed class CreditGradingTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static GradedRecord Publishing(CreditSeverity? severity, CreditSource source = CreditSource.Penalty) =>
        new(source, severity, CreditRecordStatus.Publishing, Today.AddMonths(-2), Today.AddMonths(10), null);

    [Fact]
    public void A_serious_record_in_publication_makes_D()
    {
        Grade([Publishing(CreditSeverity.Serious), Publishing(CreditSeverity.General)], Today, 3).Grade.ShouldBe("D");
    }

    [Fact]
    public void A_false_commitment_in_publication_makes_D_R_CRD_6()
    {
        Grade([Publishing(CreditSeverity.General, CreditSource.FalseCommitment)], Today, 3).Grade.ShouldBe("D");
    }

    [Fact]
    public void A_general_or_ungraded_record_in_publication_makes_C()
    {
        Grade([Publishing(CreditSeverity.General)], Today, 3).Grade.ShouldBe("C");
        Grade([Publishing(null)], Today, 3).Grade.ShouldBe("C");
    }

    [Fact]
    public void A_record_past_its_maximum_no_longer_counts_as_in_publication_even_before_the_sweep()
    {
        var past = new GradedRecord(CreditSource.Penalty, CreditSeverity.Serious, CreditRecordStatus.Publishing, Today.AddYears(-3), Today, null);
        Grade([past], Today, 3).Grade.ShouldBe("A");
    }

    [Fact]
    public void A_record_ended_within_the_configured_years_makes_B_and_older_ones_A()
    {
        var repaired = new GradedRecord(CreditSource.Penalty, CreditSeverity.General, CreditRecordStatus.Repaired, Today.AddYears(-1), Today.AddMonths(1), Today.AddMonths(-6));
        Grade([repaired], Today, 3).Grade.ShouldBe("B");
        Grade([repaired], Today, 0).Grade.ShouldBe("A");
    }

    [Fact]
    public void Not_published_minor_records_leave_A()
    {
        var minor = new GradedRecord(CreditSource.Penalty, CreditSeverity.Minor, CreditRecordStatus.NotPublished, Today, null, null);
        Grade([minor], Today, 3).Grade.ShouldBe("A");
    }
}
