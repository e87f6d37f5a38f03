// Tests of the shared integration-test support itself: processes, pipes and temp dirs behave.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "integration/support/process.h"
#include "integration/support/searchd_process.h"
#include "integration/support/temp_dir.h"

using namespace vnsearch::testing;

TEST(RunProcess, CapturesOutputErrorAndExitStatus) {
    ProcessResult result = run_process({"sh", "-c", "echo out; echo err >&2; exit 3"});
    EXPECT_EQ(result.exit_status, 3);
    EXPECT_EQ(result.out, "out\n");
    EXPECT_EQ(result.err, "err\n");
}

TEST(RunProcess, FeedsLargeStdinWhileDrainingStdout) {
    std::string big(1 << 20, 'x');  // bigger than a pipe buffer both ways
    ProcessResult result = run_process({"cat"}, big);
    EXPECT_EQ(result.exit_status, 0);
    EXPECT_EQ(result.out.size(), big.size());
}

TEST(RunProcess, ThrowsWhenTheProgramCannotStart) {
    EXPECT_THROW(run_process({"/nonexistent/program"}), std::runtime_error);
}

TEST(TempDir, RemovesItselfWithItsContents) {
    std::filesystem::path kept;
    {
        TempDir dir;
        kept = dir.path();
        std::ofstream(dir / "file") << "data";
        EXPECT_TRUE(std::filesystem::exists(dir / "file"));
    }
    EXPECT_FALSE(std::filesystem::exists(kept));
}

TEST(FreeLoopbackPort, GivesAUsablePortNumber) {
    int port = free_loopback_port();
    EXPECT_GT(port, 0);
    EXPECT_LT(port, 65536);
}

TEST(RunProcess, KillsAProgramThatRunsPastItsTimeout) {
    ProcessResult result = run_process({"sleep", "30"}, {}, std::chrono::milliseconds(200));
    EXPECT_TRUE(result.timed_out);
    EXPECT_EQ(result.exit_status, 128 + 9);
}
