-- CreateTable
CREATE TABLE "SubmissionLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "SubmissionLimit_pkey" PRIMARY KEY ("key")
);

