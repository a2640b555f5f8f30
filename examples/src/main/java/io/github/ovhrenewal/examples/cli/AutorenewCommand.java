package io.github.ovhrenewal.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ovh-renew autorenew show|set}: how services renew, and switching them in bulk. */
@Command(name = "autorenew", description = "Show or set how services renew (automatic or manual), in bulk.",
    subcommands = {AutorenewShowCommand.class, AutorenewSetCommand.class})
final class AutorenewCommand implements Runnable {
  @ParentCommand
  OvhRenewCli cli;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "autorenew needs a subcommand: show or set");
  }
}
