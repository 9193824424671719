namespace AutoimmuneResistance;

/// <summary>The ids findings get in their assessment: <c>f1</c>, <c>f2</c>, ... by position, the common ones made once.</summary>
internal static class FindingIds
{
    private static readonly string[] Common = [.. Enumerable.Range(1, 64).Select(n => "f" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static string Of(int position) =>
        position < Common.Length ? Common[position] : "f" + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
