using System.IO.Compression;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Weijian.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a QR code back out of a generated PNG, as a phone camera would: the image is decoded to grey pixels here (no
/// System.Drawing on Linux) and ZXing finds and decodes the code. Tests use it to prove a printed code opens its page.
/// </summary>
public static class QrImage
{
    public static string Decode(byte[] png)
    {
        var (width, height, grey) = ReadGrey(png);
        var source = new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8);

        // A generated code is a clean, axis-aligned image: read it as such first, then as a camera would.
        foreach (var hints in new[]
        {
            new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true },
            new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true },
        })
        {
            foreach (var binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
            {
                if (new QRCodeReader().decode(new BinaryBitmap(binarizer), hints) is { } result)
                {
                    return result.Text;
                }
            }
        }

        throw new InvalidOperationException("No QR code found in the image.");
    }

    /// <summary>Minimal PNG reader: non-interlaced, bit depth 1/2/4/8, grey, RGB, palette or with alpha.</summary>
    private static (int Width, int Height, byte[] Grey) ReadGrey(byte[] png)
    {
        if (png.Length < 8 || png[0] != 0x89 || png[1] != (byte)'P')
        {
            throw new InvalidOperationException("Not a PNG image.");
        }

        int width = 0, height = 0, depth = 0, colour = 0;
        byte[] palette = [];
        using var idat = new MemoryStream();
        var at = 8;
        while (at < png.Length)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3];
                    height = (data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7];
                    depth = data[8];
                    colour = data[9];
                    if (data[12] != 0)
                    {
                        throw new InvalidOperationException("Interlaced PNG is not supported.");
                    }

                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            at += 12 + length;
        }

        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidOperationException($"PNG colour type {colour}") };
        var bitsPerPixel = channels * depth;
        var stride = ((width * bitsPerPixel) + 7) / 8;
        var bpp = Math.Max(1, bitsPerPixel / 8);
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var previous = new byte[stride];
        var line = new byte[stride];
        var grey = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, line, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? line[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidOperationException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                grey[(y * width) + x] = Pixel(line, x, depth, colour, palette);
            }

            (previous, line) = (line, previous);
        }

        return (width, height, grey);
    }

    private static byte Pixel(byte[] line, int x, int depth, int colour, byte[] palette)
    {
        int Sample(int index)
        {
            if (depth == 8)
            {
                return line[index];
            }

            var bit = index * depth;
            var value = (line[bit / 8] >> (8 - depth - (bit % 8))) & ((1 << depth) - 1);
            return colour == 3 ? value : value * 255 / ((1 << depth) - 1);
        }

        return colour switch
        {
            0 or 4 => (byte)Sample(x * (colour == 4 ? 2 : 1)),
            3 => Luma(palette[Sample(x) * 3], palette[(Sample(x) * 3) + 1], palette[(Sample(x) * 3) + 2]),
            _ => Luma(line[x * (colour == 6 ? 4 : 3)], line[(x * (colour == 6 ? 4 : 3)) + 1], line[(x * (colour == 6 ? 4 : 3)) + 2]),
        };
    }

    private static byte Luma(int r, int g, int b) => (byte)(((r * 299) + (g * 587) + (b * 114)) / 1000);

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
