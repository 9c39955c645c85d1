package kz.muragat.app;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import kz.muragat.server.auth.AccessTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code muragat token ROLE...}: makes a new bearer token and the line for the tokens file. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Make a new access token for the given roles (access levels such as restricted or closed, or admin).",
      "Prints the token once (give it to its holder) and the line to add to config/tokens.properties,",
      "which keeps only the token's hash. Changes to that file take effect on POST /api/admin/reload."
    })
public final class TokenCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "ROLE", description = "Roles: access levels (restricted, closed, …) or admin.")
  List<String> roles;

  @Option(names = "--name", description = "A name for the token's holder, written in the audit log (letters, digits, . _ @ -).")
  String name;

  @Override
  public Integer call() {
    if (name != null && !name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
      System.err.println("muragat token: --name is letters, digits, '.', '_', '@', '-' (at most 64)");
      return 2;
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    System.out.println("token: " + token);
    System.out.println("tokens file line: sha256:" + AccessTokens.sha256(token) + " = " + String.join(", ", roles) + (name == null ? "" : ", name=" + name));
    System.out.println("then: POST /api/admin/reload (or restart) puts it in force");
    return 0;
  }
}
