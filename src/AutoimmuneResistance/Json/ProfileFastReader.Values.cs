using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

// The values of the hand-read records, each read as the contract's converter reads it, or declined. Every method is
// on the value's token when called and leaves the reader on the value's last token. A JSON null is accepted only where
// the model's member is nullable, as the contract (RespectNullableAnnotations) does.
internal sealed partial class ProfileFastReader
{
    private static readonly JsonConverter<DateOnly> IsoDate = JsonMetadataServices.DateOnlyConverter;

    // CalendarDateJsonConverter: the built-in ISO 8601 date, then the library's calendar bounds.
    private bool TryReadDate(ref Utf8JsonReader reader, out DateOnly date)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            date = default;
            return false;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence || !TryParseIsoDate(reader.ValueSpan, out date))
        {
            // Anything but a plain yyyy-MM-dd goes to the built-in converter, which accepts or throws as it always has.
            date = IsoDate.Read(ref reader, typeof(DateOnly), _options);
        }

        return CalendarBounds.Contains(date);
    }

    private bool TryReadDate(ref Utf8JsonReader reader, out DateOnly? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var read = TryReadDate(ref reader, out DateOnly value);
        date = value;
        return read;
    }

    // Exactly ten bytes "yyyy-MM-dd" naming a real day: the form the built-in converter reads to the same date.
    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    private static bool TryReadIdentifier<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, IIdentifier<T> =>
        IdentifierJsonConverter<T>.TryReadValid(ref reader, out value);

    private static bool TryReadIdentifier<T>(ref Utf8JsonReader reader, out T? value)
        where T : struct, IIdentifier<T>
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var read = IdentifierJsonConverter<T>.TryReadValid(ref reader, out T identifier);
        value = identifier;
        return read;
    }

    private static bool TryReadQuantity<T>(ref Utf8JsonReader reader, out T quantity)
        where T : struct, IQuantity<T> =>
        QuantityJsonConverter<T>.TryReadValid(ref reader, out quantity);

    private static bool TryReadQuantity<T>(ref Utf8JsonReader reader, out T? quantity)
        where T : struct, IQuantity<T>
    {
        quantity = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var read = QuantityJsonConverter<T>.TryReadValid(ref reader, out T value);
        quantity = value;
        return read;
    }

    private static bool TryReadCode(ref Utf8JsonReader reader, [NotNullWhen(true)] out ClinicalCode? code) =>
        ClinicalCodeJsonConverter.TryReadValid(ref reader, out code);

    private static bool TryReadOptionalCode(ref Utf8JsonReader reader, out ClinicalCode? code)
    {
        code = null;
        return reader.TokenType == JsonTokenType.Null || ClinicalCodeJsonConverter.TryReadValid(ref reader, out code);
    }

    private static bool TryReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool TryReadInt32(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    // A non-nullable int: a JSON null is the contract's error, so it declines.
    private static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool TryReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0m;
        return reader.TokenType == JsonTokenType.Number && JsonNumbers.TryGetDecimal(ref reader, out value);
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    // The enumerations keep the contract's own converter (names, and the numbers it also accepts).
    private bool TryReadEnum<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, out T value)
        where T : struct, Enum
    {
        value = default;
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            return false;
        }

        value = converter.Read(ref reader, typeof(T), _options);
        return true;
    }

    private bool TryReadOptionalEnum<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        var read = TryReadEnum(ref reader, converter, out T member);
        value = member;
        return read;
    }
}
