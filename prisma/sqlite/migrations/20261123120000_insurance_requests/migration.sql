-- CreateTable
CREATE TABLE "InsuranceRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "dateOfBirth" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "treatment" TEXT NOT NULL,
    "coverageType" TEXT NOT NULL,
    "consentToVerifyAt" DATETIME
);

-- CreateTable
CREATE TABLE "InsuranceCoverage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "rank" TEXT NOT NULL,
    "carrier" TEXT NOT NULL,
    "carrierName" TEXT NOT NULL,
    "planType" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "groupNumber" TEXT,
    "policyholder" TEXT,
    CONSTRAINT "InsuranceCoverage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InsuranceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InsuranceCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "rank" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InsuranceCard_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InsuranceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceRequest_reference_key" ON "InsuranceRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceRequest_idempotencyKey_key" ON "InsuranceRequest"("idempotencyKey");

-- CreateIndex
CREATE INDEX "InsuranceRequest_status_createdAt_idx" ON "InsuranceRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceCoverage_requestId_rank_key" ON "InsuranceCoverage"("requestId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceCard_requestId_rank_side_key" ON "InsuranceCard"("requestId", "rank", "side");

