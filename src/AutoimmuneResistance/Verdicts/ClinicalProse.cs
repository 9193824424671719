using System.Text;

namespace AutoimmuneResistance;

/// <summary>
/// Helpers for composing clinical prose from display names, shared by the core's verdict and every module's findings so
/// that a drug reads the same everywhere: names in mid-sentence, lists joined with "and".
/// </summary>
public static class ClinicalProse
{
    /// <summary>Appends "a", "a and b" or "a, b and c".</summary>
    /// <param name="text">The text to append to.</param>
    /// <param name="items">The items.</param>
    /// <param name="lowerFirst">Whether to write each item as it reads in mid-sentence (see <see cref="InSentence(string)"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="items"/> is <see langword="null"/>.</exception>
    public static void AppendList(StringBuilder text, IReadOnlyList<string> items, bool lowerFirst = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(items);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == items.Count - 1 ? " and " : ", ");
            }

            text.Append(lowerFirst ? InSentence(items[i]) : items[i]);
        }
    }

    /// <summary>
    /// Returns a display name as it reads in mid-sentence: "Hydroxychloroquine" becomes "hydroxychloroquine" and
    /// "Anti-CD20 antibody" becomes "anti-CD20 antibody", but a name that starts with an abbreviation keeps its case:
    /// one whose first word (its first run of letters and digits) has a capital or a digit after the first letter
    /// ("CD19 CAR-T cell therapy", "IgG replacement", "IL-6 receptor antagonist") or is a single capital ("B-cell
    /// depletion").
    /// </summary>
    /// <param name="name">The display name.</param>
    /// <returns>The name in mid-sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string InSentence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 2 || !char.IsUpper(name[0]) || !char.IsLetterOrDigit(name[1]))
        {
            return name;
        }

        for (var i = 1; i < name.Length && char.IsLetterOrDigit(name[i]); i++)
        {
            if (!char.IsLower(name[i]))
            {
                return name;
            }
        }

        return string.Create(name.Length, name, static (span, n) =>
        {
            n.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });
    }
}
