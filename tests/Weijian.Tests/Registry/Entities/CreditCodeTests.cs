using Weijian.Registry.Entities;

namespace Weijian.Tests.Registry.Entities;

/// <summary>Issue #3 acceptance 1: 统一社会信用代码 check characters (GB 32100-2015), valid and invalid examples.</summary>
public class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the commonly cited example
    [InlineData("91110000600037341L")]
    [InlineData("911100001000128855")]
    public void A_code_with_the_right_check_character_is_valid(string code) =>
        CreditCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("91350100M000100Y44", "wrong check character")]
    [InlineData("91350100M000100Y4", "17 characters")]
    [InlineData("91350100M000100Y430", "19 characters")]
    [InlineData("91350100M0001O0Y43", "letter O is not in the character set")]
    [InlineData("9135A100M000100Y43", "region code part is not all digits")]
    [InlineData("91350100m000100y43", "lower case (callers normalise first)")]
    [InlineData("91110000600037341I", "letter I is never a check character")]
    [InlineData("", "empty")]
    public void A_malformed_code_or_a_wrong_check_character_is_invalid(string code, string why) =>
        CreditCode.IsValid(code).ShouldBeFalse(why);

    [Fact]
    public void Changing_any_single_character_of_a_valid_code_makes_it_invalid()
    {
        const string valid = "91350100M000100Y43";
        for (var i = 0; i < 17; i++)
        {
            foreach (var c in CreditCode.Alphabet.Where(c => c != valid[i]).Take(5))
            {
                var changed = valid[..i] + c + valid[(i + 1)..];
                if (i is >= 2 and < 8 && !char.IsAsciiDigit(c))
                {
                    continue;
                }

                CreditCode.IsValid(changed).ShouldBeFalse(changed);
            }
        }
    }

    [Fact]
    public void Complete_appends_the_check_character_and_the_result_is_valid()
    {
        CreditCode.Complete("91350100M000100Y4").ShouldBe("91350100M000100Y43");
        CreditCode.IsValid(CreditCode.Complete("92431103MA4L0001X")).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => CreditCode.Complete("9135010OM000100Y4"));
    }

    [Fact]
    public void Normalize_trims_and_upper_cases() =>
        CreditCode.Normalize("  91350100m000100y43 ").ShouldBe("91350100M000100Y43");
}
