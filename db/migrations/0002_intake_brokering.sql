CREATE TABLE "match_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_notes_body_check" CHECK (char_length("match_notes"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "hub_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenges" DROP CONSTRAINT "challenges_status_check";--> statement-breakpoint
ALTER TABLE "solutions" DROP CONSTRAINT "solutions_status_check";--> statement-breakpoint
ALTER TABLE "thread_participants" DROP CONSTRAINT "thread_participants_role_check";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "notification_email" text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_digest_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "lessons_learned" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "contact_mode" text DEFAULT 'via_staff' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "creation_key" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD COLUMN "confirmed_by_user_id" text;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD COLUMN "dispute_reason" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "creation_key" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "thread_participants" ADD COLUMN "added_by_user_id" text;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_settings" ADD CONSTRAINT "hub_settings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_notes_match_idx" ON "match_notes" USING btree ("match_id","created_at");--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD CONSTRAINT "solution_deployments_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_participants" ADD CONSTRAINT "thread_participants_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_creation_key_uq" ON "challenges" USING btree ("created_by_user_id","creation_key");--> statement-breakpoint
CREATE UNIQUE INDEX "solutions_creation_key_uq" ON "solutions" USING btree ("created_by_user_id","creation_key");--> statement-breakpoint
CREATE INDEX "matches_broker_idx" ON "matches" USING btree ("broker_user_id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_notification_email_check" CHECK ("users"."notification_email" in ('immediate', 'daily', 'off'));--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_contact_mode_check" CHECK ("challenges"."contact_mode" in ('via_staff', 'direct'));--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_status_check" CHECK ("challenges"."status" in ('draft', 'submitted', 'changes_requested', 'published', 'closed', 'in_pilot', 'finished', 'withdrawn', 'rejected'));--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_status_check" CHECK ("solutions"."status" in ('draft', 'submitted', 'changes_requested', 'published', 'archived', 'rejected'));--> statement-breakpoint
ALTER TABLE "thread_participants" ADD CONSTRAINT "thread_participants_role_check" CHECK ("thread_participants"."role" in ('challenge_owner', 'solution_owner', 'broker', 'participant'));