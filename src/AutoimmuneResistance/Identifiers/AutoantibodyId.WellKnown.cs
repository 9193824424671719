namespace AutoimmuneResistance;

// Autoantibody specificities used by the built-in modules and the clinical reference.
public readonly partial record struct AutoantibodyId
{
    /// <summary>Antinuclear antibodies (<c>ana</c>).</summary>
    public static AutoantibodyId Ana { get; } = new("ana");

    /// <summary>Anti-double-stranded DNA (<c>anti-dsdna</c>).</summary>
    public static AutoantibodyId AntiDsDna { get; } = new("anti-dsdna");

    /// <summary>Anti-Smith (<c>anti-sm</c>).</summary>
    public static AutoantibodyId AntiSm { get; } = new("anti-sm");

    /// <summary>Anti-Ro/SSA (<c>anti-ro</c>).</summary>
    public static AutoantibodyId AntiRo { get; } = new("anti-ro");

    /// <summary>Anti-La/SSB (<c>anti-la</c>).</summary>
    public static AutoantibodyId AntiLa { get; } = new("anti-la");

    /// <summary>Anti-U1 ribonucleoprotein (<c>anti-u1-rnp</c>).</summary>
    public static AutoantibodyId AntiRnp { get; } = new("anti-u1-rnp");

    /// <summary>Anticardiolipin antibodies (<c>anti-cardiolipin</c>).</summary>
    public static AutoantibodyId AntiCardiolipin { get; } = new("anti-cardiolipin");

    /// <summary>Anti-β2-glycoprotein I (<c>anti-beta2-glycoprotein-i</c>).</summary>
    public static AutoantibodyId AntiBeta2Glycoprotein1 { get; } = new("anti-beta2-glycoprotein-i");

    /// <summary>Lupus anticoagulant (<c>lupus-anticoagulant</c>).</summary>
    public static AutoantibodyId LupusAnticoagulant { get; } = new("lupus-anticoagulant");

    /// <summary>Anti-topoisomerase I (anti-Scl-70) (<c>anti-topoisomerase-i</c>).</summary>
    public static AutoantibodyId AntiTopoisomerase1 { get; } = new("anti-topoisomerase-i");

    /// <summary>Anti-centromere (<c>anti-centromere</c>).</summary>
    public static AutoantibodyId AntiCentromere { get; } = new("anti-centromere");

    /// <summary>Anti-RNA polymerase III (<c>anti-rna-polymerase-iii</c>).</summary>
    public static AutoantibodyId AntiRnaPolymerase3 { get; } = new("anti-rna-polymerase-iii");
}
