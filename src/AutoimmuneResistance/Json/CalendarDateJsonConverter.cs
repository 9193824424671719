using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Reads and writes a <see cref="DateOnly"/> as System.Text.Json does (an ISO 8601 calendar date, <c>"2023-07-14"</c>)
/// and rejects on read a date outside <see cref="CalendarBounds"/>, with the JSON path of the value.
/// </summary>
/// <remarks>
/// The range is a plausibility bound of the library's own, like the birth year's: a date before 1800 or after 2299 is an
/// entry error (a mistyped year), and inside it every window the evaluators and instruments add to a date (months to
/// a few centuries) stays inside the calendar, so date arithmetic cannot fail on a date read from JSON.
/// </remarks>
internal sealed class CalendarDateJsonConverter : JsonConverter<DateOnly>
{
    private static readonly JsonConverter<DateOnly> Iso = JsonMetadataServices.DateOnlyConverter;

    /// <inheritdoc/>
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var date = Iso.Read(ref reader, typeToConvert, options);
        if (!CalendarBounds.Contains(date))
        {
            throw new JsonException(CalendarBounds.Rule);
        }

        return date;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) => Iso.Write(writer, value, options);
}
