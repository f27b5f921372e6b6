using Weijian.Registry.Entities;

namespace Weijian.Tests.Registry.Entities;

/// <summary>Issue #3 acceptance 1: 居民身份证号 check digits (GB 11643-1999, ISO 7064 MOD 11-2), valid and invalid examples.</summary>
public class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example, check digit X
    [InlineData("440524188001010014")]
    public void A_number_with_the_right_check_digit_and_a_real_birth_date_is_valid(string number) =>
        ResidentIdNumber.IsValid(number).ShouldBeTrue();

    [Theory]
    [InlineData("110105194912310021", "wrong check digit (should be X)")]
    [InlineData("431103199001011234", "wrong check digit (should be 5)")]
    [InlineData("11010519491231002", "17 characters")]
    [InlineData("11010519491231002XX", "19 characters")]
    [InlineData("1101051949123100AX", "a letter among the first 17")]
    [InlineData("11010519491232002X", "no such birth date (December 32)")]
    [InlineData("11010519491231002x", "lower-case x (callers normalise first)")]
    [InlineData("", "empty")]
    public void A_malformed_number_or_a_wrong_check_digit_is_invalid(string number, string why) =>
        ResidentIdNumber.IsValid(number).ShouldBeFalse(why);

    [Fact]
    public void A_number_with_an_impossible_birth_date_is_invalid_even_with_a_matching_check_digit()
    {
        var feb30 = ResidentIdNumber.Complete("43110319900230123");
        ResidentIdNumber.IsValid(feb30).ShouldBeFalse();
    }

    [Fact]
    public void Complete_computes_the_check_digit_including_X()
    {
        ResidentIdNumber.Complete("11010519491231002").ShouldBe("11010519491231002X");
        ResidentIdNumber.Complete("43110319900101123").ShouldBe("431103199001011235");
    }

    [Fact]
    public void Mask_hides_the_date_of_birth() =>
        ResidentIdNumber.Mask("11010519491231002X").ShouldBe("110105********002X");
}
