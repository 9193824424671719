using System.Collections.Concurrent;
using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// JSON paths of list elements (<c>$.assessments[3]</c>), shared rather than formatted anew: every finding names the
/// records it rests on, and a lupus evaluation of a typical profile asks for the same few dozen paths many times over.
/// </summary>
/// <remarks>
/// The first <see cref="CachedIndices"/> indices of each list are formatted once per process and reused; later indices
/// are formatted on demand. The strings are identical to formatting them each time, so output does not change.
/// </remarks>
internal static class JsonPaths
{
    /// <summary>How many leading indices of each list are kept.</summary>
    internal const int CachedIndices = 128;

    private static readonly ConcurrentDictionary<string, string[]> Lists = new(StringComparer.Ordinal);

    /// <summary>Returns <c>{list}[{index}]</c>, for example <c>$.therapies[2]</c>.</summary>
    /// <param name="list">The path of the list, for example <c>$.therapies</c>.</param>
    /// <param name="index">The element's index, 0 or more.</param>
    /// <returns>The element's path.</returns>
    public static string Element(string list, int index)
    {
        if ((uint)index < CachedIndices)
        {
            var paths = Lists.GetOrAdd(list, static l =>
            {
                var all = new string[CachedIndices];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = Format(l, i);
                }

                return all;
            });
            return paths[index];
        }

        return Format(list, index);
    }

    private static string Format(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}
