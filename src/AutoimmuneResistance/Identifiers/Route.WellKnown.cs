namespace AutoimmuneResistance;

// Routes of administration; only systemic routes feed glucocorticoid exposure.
public readonly partial record struct Route
{
    /// <summary>By mouth (<c>oral</c>).</summary>
    public static Route Oral { get; } = new("oral");

    /// <summary>Intravenous (<c>intravenous</c>).</summary>
    public static Route Intravenous { get; } = new("intravenous");

    /// <summary>Subcutaneous (<c>subcutaneous</c>).</summary>
    public static Route Subcutaneous { get; } = new("subcutaneous");

    /// <summary>Intramuscular (<c>intramuscular</c>).</summary>
    public static Route Intramuscular { get; } = new("intramuscular");

    /// <summary>Applied to the skin (<c>topical</c>).</summary>
    public static Route Topical { get; } = new("topical");

    /// <summary>Inhaled (<c>inhaled</c>).</summary>
    public static Route Inhaled { get; } = new("inhaled");

    /// <summary>Applied to the eye (<c>ophthalmic</c>).</summary>
    public static Route Ophthalmic { get; } = new("ophthalmic");

    /// <summary>Injected into a joint (<c>intra-articular</c>).</summary>
    public static Route IntraArticular { get; } = new("intra-articular");
}
