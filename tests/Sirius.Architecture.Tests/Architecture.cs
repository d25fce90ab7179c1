using System.Reflection;
using System.Xml.Linq;

namespace Sirius.Architecture.Tests;

/// <summary>The solution as the rules see it: modules, layers, project references and compiled assemblies.</summary>
internal static class Architecture
{
    public static readonly string[] Modules = ["Establishments", "Questionnaires", "Testimonies"];

    public static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "Contracts"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static Assembly Layer(string module, string layer) => Assembly.Load($"Sirius.{module}.{layer}");

    public static Assembly Host => typeof(Program).Assembly;

    public static IEnumerable<string> OtherModules(string module) => Modules.Where(m => m != module);

    /// <summary>Every ProjectReference of every project under src/, by project name.</summary>
    public static IReadOnlyList<(string From, string To)> ProjectReferences() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => (Path.GetFileNameWithoutExtension(project),
                    Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))))
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sirius.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sirius.sln not found above " + AppContext.BaseDirectory);
    }
}
