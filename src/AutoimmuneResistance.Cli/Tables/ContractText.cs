using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.Cli.Tables;

/// <summary>
/// Writes the verdict contract's values as the JSON contract spells them, so that a table cell reads exactly like the
/// same value in a results file: enum members through the pipeline's source-generated serializer metadata (no
/// reflection), lists joined with <see cref="ListSeparator"/>.
/// </summary>
internal sealed class ContractText(JsonSerializerOptions options)
{
    /// <summary>The separator of list cells: no id, path, DOI or URL of the contract contains it.</summary>
    public const string ListSeparator = "|";

    private readonly ConcurrentDictionary<(Type, int), string> _names = new();

    /// <summary>Returns an enum member's contract name, for example <c>resistance-shown</c>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name, as in JSON.</returns>
    public string Of<T>(T value)
        where T : struct, Enum =>
        _names.GetOrAdd((typeof(T), Convert.ToInt32(value, CultureInfo.InvariantCulture)), _ =>
        {
            var json = JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            return JsonSerializer.Deserialize(json, (JsonTypeInfo<string>)options.GetTypeInfo(typeof(string)))!;
        });

    /// <summary>Joins list items with <see cref="ListSeparator"/>.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The cell.</returns>
    public static string Join(IEnumerable<string> items) => string.Join(ListSeparator, items);
}
