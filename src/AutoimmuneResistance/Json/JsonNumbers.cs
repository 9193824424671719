using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>Reads JSON numbers as <see cref="decimal"/> without the general-purpose parser for the common shape.</summary>
/// <remarks>
/// <see cref="Utf8JsonReader.TryGetDecimal(out decimal)"/> goes through the runtime's general number parser, a large
/// share of a profile read (a profile carries hundreds of quantities). Plain non-negative numbers of at most 19 digits
/// without an exponent (<c>7.5</c>, <c>4.10</c>, <c>1000</c>), which is what the contract writes, are built directly
/// from their digits: the same value and the same scale (trailing zeros kept) as the reader's own result. Anything
/// else goes to the reader.
/// </remarks>
internal static class JsonNumbers
{
    // 19 digits always fit an unsigned 64-bit mantissa (10^19 - 1 < 2^64).
    private const int MaxPlainDigits = 19;

    /// <summary>Reads the current <see cref="JsonTokenType.Number"/> token as a decimal, as <see cref="Utf8JsonReader.TryGetDecimal(out decimal)"/> does.</summary>
    /// <param name="reader">A reader on a number token.</param>
    /// <param name="value">The number.</param>
    /// <returns><see langword="false"/> when the number is not within decimal range.</returns>
    public static bool TryGetDecimal(ref Utf8JsonReader reader, out decimal value) =>
        !reader.HasValueSequence && TryParsePlain(reader.ValueSpan, out value) || reader.TryGetDecimal(out value);

    /// <summary>Parses a plain number (digits, optionally a point and more digits), or declines.</summary>
    /// <param name="text">The token's bytes, already checked by the reader to be a JSON number.</param>
    /// <param name="value">The number, with as many decimal places as <paramref name="text"/> has.</param>
    /// <returns><see langword="false"/> for a sign, an exponent, more than 19 digits, or zero.</returns>
    internal static bool TryParsePlain(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > MaxPlainDigits + 1)
        {
            return false;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (b == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        // Zero is left to the reader: how it signs and scales 0, 0.0 and 0.00 is its business.
        if (digits > MaxPlainDigits || scale == 0 || mantissa == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }
}
