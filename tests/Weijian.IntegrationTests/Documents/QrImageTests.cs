using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Documents;

namespace Weijian.IntegrationTests.Documents;

public sealed class QrImageTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080/verify/0194a7c2-1111-7000-8000-000000000001")]
    [InlineData("https://weijian.example.gov.cn/public/guides/0194a7c2-2222-7000-8000-000000000002")]
    public void A_generated_qr_png_decodes_back_to_its_address(string url) =>
        QrImage.Decode(QrImages.Png(url)).ShouldBe(url);

    [Fact]
    public void The_svg_code_is_a_scalable_black_on_white_drawing()
    {
        var svg = QrImages.Svg("https://weijian.example.gov.cn/public/officers/0194a7c2");
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("viewBox");
    }
}
