namespace AutoimmuneResistance;

/// <summary>Small text helpers shared by the coding types.</summary>
internal static class CodeText
{
    /// <summary>Shortens text echoed in diagnostics: error messages must not repeat arbitrarily long input.</summary>
    public static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    /// <summary>Gets a value indicating whether the text contains a control character (including tabs and line breaks).</summary>
    public static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks free text such as a display name or a citation title.</summary>
    /// <returns><see langword="null"/> when valid; otherwise the reason.</returns>
    public static string? CheckFreeText(string text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is empty or only whitespace";
        }

        if (text.Length > maxLength)
        {
            return $"it has {text.Length} characters, more than the {maxLength} allowed";
        }

        return HasControlCharacter(text) ? "it contains a control character (line break, tab, …)" : null;
    }
}
