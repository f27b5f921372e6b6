using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Weijian.Inspections.Draws;

/// <summary>
/// Feeds the canonical encoding of docs/draw-protocol.md §0 into SHA-256 through a buffer: u32 = 4 bytes unsigned
/// big-endian; str = u32 byte length ‖ UTF-8 bytes; guid = the 16 bytes of the RFC 9562 (big-endian) form;
/// date = str "yyyy-MM-dd"; optional date = 0x00, or 0x01 ‖ date; bool = 0x00 / 0x01.
/// </summary>
internal sealed class DrawHashWriter : IDisposable
{
    /// <summary>Strict UTF-8: a lone surrogate is an error, never silently replaced (it would change the bytes hashed).</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public void Byte(byte value)
    {
        Room(1)[0] = value;
        _used += 1;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void U32(int value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Room(4), checked((uint)value));
        _used += 4;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash.AppendData(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Str(string value) => Bytes(EncodeStr(value));

    public void Guid(Guid value)
    {
        value.TryWriteBytes(Room(16), bigEndian: true, out _);
        _used += 16;
    }

    public void Id(ulong hi, ulong lo)
    {
        var span = Room(16);
        BinaryPrimitives.WriteUInt64BigEndian(span, hi);
        BinaryPrimitives.WriteUInt64BigEndian(span[8..], lo);
        _used += 16;
    }

    public void Date(DateOnly value) => Str(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void OptionalDate(DateOnly? value)
    {
        if (value is { } date)
        {
            Byte(1);
            Date(date);
        }
        else
        {
            Byte(0);
        }
    }

    public byte[] Finish()
    {
        Flush();
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    /// <summary>str(value): u32 length ‖ UTF-8, as one array (labels are encoded once and reused per candidate).</summary>
    public static byte[] EncodeStr(string value)
    {
        var length = Utf8.GetByteCount(value);
        var bytes = new byte[4 + length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)length);
        Utf8.GetBytes(value, bytes.AsSpan(4));
        return bytes;
    }

    private Span<byte> Room(int count)
    {
        if (_buffer.Length - _used < count)
        {
            Flush();
        }

        return _buffer.AsSpan(_used, count);
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}

/// <summary>A 128-bit id as two big-endian halves: sorting by (Hi, Lo) is sorting by the RFC 9562 bytes.</summary>
internal readonly record struct DrawId(ulong Hi, ulong Lo) : IComparable<DrawId>
{
    public static DrawId Of(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return new DrawId(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    public Guid ToGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, Hi);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Lo);
        return new Guid(bytes, bigEndian: true);
    }

    public int CompareTo(DrawId other) => Hi != other.Hi ? Hi.CompareTo(other.Hi) : Lo.CompareTo(other.Lo);
}
