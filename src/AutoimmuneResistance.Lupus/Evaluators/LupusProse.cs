using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>Helpers for the lupus module's clinical prose: names in mid-sentence, lists joined with "and".</summary>
internal static class LupusProse
{
    /// <summary>
    /// Returns a display name as it reads in mid-sentence: "Hydroxychloroquine" becomes "hydroxychloroquine", but a name
    /// that starts with an abbreviation ("CD19 CAR T-cell therapy") keeps its case.
    /// </summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1])
            ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1))
            : name;

    /// <summary>Appends "a", "a and b" or "a, b and c".</summary>
    public static StringBuilder AppendList(this StringBuilder text, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == items.Count - 1 ? " and " : ", ").Append(items[i]);
        }

        return text;
    }
}
