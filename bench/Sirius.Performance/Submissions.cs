using System.Collections.Concurrent;
using System.Net;
using Sirius.Testing;

namespace Sirius.Performance;

/// <summary>What a closed-loop submission load acknowledged: completed responses (the « Merci » page) and failures.</summary>
internal sealed record SubmissionRun(int Acknowledged, int Failed, Timings Responses, IReadOnlyList<string> Errors)
{
    public double ResponsesPerSecond => Acknowledged / Responses.Elapsed.TotalSeconds;
}

/// <summary>
/// Apprentices answering a campaign's questionnaire through HTTP as a browser without JavaScript does: the landing page,
/// then for each step the page (GET, its anti-forgery token and cookies) and the form (POST, redirect to the next step),
/// up to the « Merci » page. Each response is a new browser (cookie jar, connection).
/// </summary>
internal static class Submissions
{
    /// <param name="steps">The form fields of each step, by step number (1-based), as a browser would fill them.</param>
    public static async Task<SubmissionRun> RunAsync(Uri address, string token, IReadOnlyList<Dictionary<string, string>> steps, int clients, TimeSpan duration)
    {
        var failed = 0;
        var errors = new ConcurrentQueue<string>();

        // A client finishes the response it started after the deadline, so no response is left half-way.
        var responses = await Load.ClosedLoopAsync(clients, duration, async () =>
        {
            try
            {
                await AnswerAsync(address, token, steps);
                return true;
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
            {
                Interlocked.Increment(ref failed);
                if (errors.Count < 5)
                {
                    errors.Enqueue(ex.Message);
                }

                return false;
            }
        });
        return new SubmissionRun(responses.Milliseconds.Length, failed, responses, [.. errors]);
    }

    /// <summary>One complete response; throws unless the « Merci » page acknowledges it.</summary>
    public static async Task AnswerAsync(Uri address, string token, IReadOnlyList<Dictionary<string, string>> steps)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = address };
        using (var landing = await browser.BrowseAsync($"/q/{token}"))
        {
            Expect(landing, HttpStatusCode.OK, "landing page");
        }

        var step = 1;
        while (true)
        {
            var page = $"/q/{token}/questions/{step}";
            using var posted = await browser.PostWithTokenAsync(page, steps[step - 1], await browser.TokenAsync(page));
            Expect(posted, HttpStatusCode.Redirect, $"step {step}");
            var next = posted.Headers.Location!.ToString();
            if (next.EndsWith("/merci", StringComparison.Ordinal))
            {
                break;
            }

            step = int.Parse(next[(next.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }

        var thanks = await browser.GetStringAsync($"/q/{token}/merci");
        if (!thanks.Contains("Merci pour tes réponses", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The « Merci » page did not acknowledge the response.");
        }
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} instead of {(int)status}");
        }
    }
}
