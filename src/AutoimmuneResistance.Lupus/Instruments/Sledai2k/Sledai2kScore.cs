using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A SLEDAI-2K total: an integer from 0 to 105, the sum of the weights of the descriptors present and attributed to
/// lupus (Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity index 2000. J Rheumatol
/// 2002;29(2):288-91, PMID 11838846; 8 descriptors of weight 8, 6 of 4, 7 of 2 and 3 of 1 sum to 105).
/// </summary>
/// <remarks>
/// Every instance is in range: create one with <see cref="Create(int)"/> or <see cref="TryCreate(int, out Sledai2kScore)"/>.
/// <c>default</c> is a total of 0 (no activity), the same as <see cref="Zero"/>. In JSON a score is a plain integer.
/// Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(Sledai2kScoreJsonConverter))]
public readonly record struct Sledai2kScore : IComparable<Sledai2kScore>
{
    /// <summary>The lowest total, 0.</summary>
    public const int MinValue = 0;

    /// <summary>The highest total, 105 (every descriptor present).</summary>
    public const int MaxValue = Sledai2kDescriptors.MaxTotal;

    private Sledai2kScore(int value) => Value = value;

    /// <summary>Gets a total of 0, which is also the value of <c>default</c>.</summary>
    public static Sledai2kScore Zero => default;

    /// <summary>Gets the total.</summary>
    /// <value><see cref="MinValue"/> to <see cref="MaxValue"/>.</value>
    public int Value { get; }

    /// <summary>Creates a score.</summary>
    /// <param name="value">The total, 0 to 105.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0 to 105.</exception>
    public static Sledai2kScore Create(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        return new Sledai2kScore(value);
    }

    /// <summary>Tries to create a score; never throws.</summary>
    /// <param name="value">The total.</param>
    /// <param name="score">The score, or <see cref="Zero"/> when <paramref name="value"/> is out of range.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is 0 to 105.</returns>
    public static bool TryCreate(int value, out Sledai2kScore score)
    {
        var valid = value is >= MinValue and <= MaxValue;
        score = valid ? new Sledai2kScore(value) : default;
        return valid;
    }

    /// <summary>Compares two scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Sledai2kScore left, Sledai2kScore right) => left.Value < right.Value;

    /// <summary>Compares two scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Sledai2kScore left, Sledai2kScore right) => left.Value > right.Value;

    /// <summary>Compares two scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Sledai2kScore left, Sledai2kScore right) => left.Value <= right.Value;

    /// <summary>Compares two scores by total.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Sledai2kScore left, Sledai2kScore right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public int CompareTo(Sledai2kScore other) => Value.CompareTo(other.Value);

    /// <summary>Returns the total as invariant text, for example <c>8</c>.</summary>
    /// <returns>The total.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Reads and writes a <see cref="Sledai2kScore"/> as a plain JSON integer from 0 to 105; uses no reflection.</summary>
public sealed class Sledai2kScoreJsonConverter : JsonConverter<Sledai2kScore>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a JSON integer from 0 to 105.</exception>
    public override Sledai2kScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new JsonException($"A SLEDAI-2K score must be a JSON integer from {Sledai2kScore.MinValue} to {Sledai2kScore.MaxValue}; found {reader.TokenType}.");
        }

        return Sledai2kScore.TryCreate(value, out var score)
            ? score
            : throw new JsonException($"A SLEDAI-2K score must be from {Sledai2kScore.MinValue} to {Sledai2kScore.MaxValue}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Sledai2kScore value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
